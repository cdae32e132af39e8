import type { Core } from '@strapi/strapi';
import { buildMentorIndex, mentorFeatures, putMentor, removeMentor, type IndexedMentor, type MentorIndex } from '../matching';
import { isListed } from '../directory/index-document';
import { isAcceptingRequests } from '../profiles/view';
import { UID } from '../constants/uids';
import { getService } from '../utils/get-service';

/** How stale an instance's copy may be before it asks the database whether anything changed. */
const CHECK_EVERY_MS = 1000;

type MentorRow = Record<string, any> & { documentId: string };

/**
 * This instance's in-memory index of mentor features, for scoring without reading profiles. It is
 * built on first use and kept current from the profile change log: at most once a second a request
 * compares the log's version with the one it has seen and reloads just the mentors changed since,
 * whichever instance changed them.
 */
const matchingIndex = ({ strapi }: { strapi: Core.Strapi }) => {
  let index: MentorIndex | null = null;
  let seenVersion = 0;
  let checkedAt = 0;
  let pending: Promise<MentorIndex> | null = null;

  /**
   * Mentor rows with the places their connections hold, which decide whether they can take more.
   * Starting or ending a connection records a change of its mentor, so a mentor that fills up
   * leaves the suggestions, and one that frees a place comes back, on every instance.
   */
  const loadRows = async (documentIds?: string[]): Promise<MentorRow[]> => {
    const rows: MentorRow[] = await strapi.db.query(UID.mentorProfile).findMany({
      where: documentIds ? { documentId: { $in: documentIds } } : {},
      populate: { user: { select: ['confirmed', 'blocked'] } },
    });
    const held = await getService(strapi, 'mentorCapacity').heldSlots(documentIds ? rows.map((row) => row.id) : undefined);
    return rows.map((row) => ({ ...row, heldSlots: held.get(row.id) ?? 0 }));
  };

  const indexed = (row: MentorRow): IndexedMentor | null =>
    isListed('mentor', row, { confirmed: !!row.user?.confirmed, blocked: !!row.user?.blocked })
      ? { id: row.documentId, features: mentorFeatures(row), canTakeMore: isAcceptingRequests(row) }
      : null;

  const build = async () => {
    // The version is read first: a change committed while the rows load is read again next time.
    const version = await getService(strapi, 'profileChanges').currentVersion();
    const mentors = (await loadRows()).map(indexed).filter((mentor): mentor is IndexedMentor => mentor !== null);
    index = buildMentorIndex(mentors);
    seenVersion = version;
    checkedAt = Date.now();
    return index;
  };

  const catchUp = async (current: MentorIndex) => {
    checkedAt = Date.now();
    const changes = getService(strapi, 'profileChanges');
    const latest = await changes.currentVersion();
    if (latest === seenVersion) return current;
    const changed = await changes.since(seenVersion, 'mentor');
    const rows = new Map((await loadRows(changed.map((change) => change.documentId))).map((row) => [row.documentId, row]));
    for (const change of changed) {
      const row = rows.get(change.documentId);
      const mentor = row ? indexed(row) : null;
      if (mentor) putMentor(current, mentor);
      else removeMentor(current, change.documentId);
    }
    // Versions commit in order (the counter row is locked until commit), so all up to `latest` are read.
    seenVersion = changed.reduce((highest, change) => Math.max(highest, change.version), latest);
    return current;
  };

  return {
    /** The index, no more than a second behind the database. Concurrent callers share one refresh. */
    async current(): Promise<MentorIndex> {
      if (index && Date.now() - checkedAt < CHECK_EVERY_MS) return index;
      pending ??= (index ? catchUp(index) : build()).finally(() => {
        pending = null;
      });
      return pending;
    },

    /** Forgets the copy, so the next use rebuilds it (tests and staff tools). */
    reset() {
      index = null;
      seenVersion = 0;
      checkedAt = 0;
    },
  };
};

export default matchingIndex;
