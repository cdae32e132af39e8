import type { Core } from '@strapi/strapi';
import { addDays, formatISO } from 'date-fns';
import { menteeProfileInput, mentorProfileInput, type Role } from '../../../shared/contracts/profile';
import { leaveSchema } from '../../../shared/contracts/account';
import { PROFILE_UID, UID } from '../constants/uids';
import { directoryEntry, isListed } from '../directory/index-document';
import { normalizeProfileTerms } from '../profiles/normalize';
import { ownView, toStored } from '../profiles/view';
import { badInput, conflict, notFound, parseOrThrow } from '../utils/errors';
import { getService } from '../utils/get-service';
import { refusalError } from '../utils/refusal';
import { announceLeave } from '../workflow';

const INPUT = { mentor: mentorProfileInput, mentee: menteeProfileInput } as const;
const NO_PROFILE = 'You have no profile yet';

/**
 * The profile repository: every read and write of a participant's own profile, found through the
 * logged-in user only, so no one can reach another's profile by id.
 */
const profiles = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOwn(role: Role, userId: number) {
    const profile = await strapi.documents(PROFILE_UID[role]).findFirst({
      filters: { user: { id: userId } },
      populate: ['photo', 'program'],
    });
    if (!profile) throw notFound(NO_PROFILE);
    return profile as Record<string, any>;
  },

  /**
   * The caller's stored fields and cohort, without the photo: what scoring reads. Lighter than
   * findOwn (the query engine, not the document service; no photo), for routes called on every page view.
   */
  async ownFields(role: Role, userId: number) {
    const profile = await strapi.db.query(PROFILE_UID[role]).findOne({ where: { user: { id: userId } }, populate: { program: true } });
    if (!profile) throw notFound(NO_PROFILE);
    return profile as Record<string, any>;
  },

  async updateOwn(role: Role, userId: number, body: unknown) {
    const input = parseOrThrow(INPUT[role], body, 'Some profile fields are not valid');
    const profile = await this.findOwn(role, userId);
    const updated = await strapi.documents(PROFILE_UID[role]).update({
      documentId: profile.documentId,
      data: toStored(role, normalizeProfileTerms(role, input)) as any,
      populate: ['photo', 'program'],
    });
    return this.ownViewOf(role, updated as Record<string, any>);
  },

  /** A mentor gives notice: the leave date must leave the program's notice period (FAQ: a month). */
  async giveNotice(userId: number, body: unknown, now: Date) {
    const { leaveDate } = parseOrThrow(leaveSchema, body, 'The leave date is not valid');
    const profile = await this.findOwn('mentor', userId);
    if (profile.availability === 'withdrawn') throw conflict('You have already left the program');
    const { leaveNoticeDays } = await getService(strapi, 'programs').rulesFor(profile.program ?? null);
    const earliest = formatISO(addDays(now, leaveNoticeDays), { representation: 'date' });
    if (leaveDate < earliest) {
      throw badInput('The leave date is too soon', [
        { path: ['leaveDate'], message: `must give at least ${leaveNoticeDays} days' notice: ${earliest} or later` },
      ]);
    }
    // The core's rule, by calendar day (a leave date is a day): its effect tells staff now;
    // mentees hear at the leave date, when their connections end (the tick).
    const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    const mentor = { id: profile.documentId, availability: profile.availability, capacity: profile.capacity ?? null, heldSlots: 0, leaveDate: null };
    const outcome = announceLeave(mentor, new Date(`${leaveDate}T00:00:00.000Z`), { leaveNoticeDays }, today);
    if (!outcome.ok) throw refusalError(outcome);
    const store = getService(strapi, 'workflowStore');
    const updated = await store.inTransaction(async () => {
      const row = await strapi.documents(UID.mentorProfile).update({
        documentId: profile.documentId,
        data: { availability: 'leaving', leaveDate } as any,
        populate: ['photo', 'program'],
      });
      await store.enqueue(outcome.effects, now);
      return row;
    });
    return this.ownViewOf('mentor', updated as Record<string, any>);
  },

  /** The owner's view of a stored profile, with a mentor's places counted. */
  async ownViewOf(role: Role, row: Record<string, any>) {
    const [counted] = await getService(strapi, 'mentorCapacity').withHeldSlots(role, [row as Record<string, any> & { id: number }]);
    return ownView(role, counted);
  },

  /** Puts one profile in the participant directory, or takes it out, from its stored state. */
  async reindex(role: Role, id: number) {
    const row = await strapi.db.query(PROFILE_UID[role]).findOne({ where: { id }, populate: { user: { select: ['confirmed', 'blocked'] } } });
    if (!row) return;
    const account = { confirmed: !!row.user?.confirmed, blocked: !!row.user?.blocked };
    await getService(strapi, 'directoryIndex').save(row.documentId, isListed(role, row, account) ? directoryEntry(role, row) : null);
    await getService(strapi, 'profileChanges').record(role, row.documentId);
  },
});

export default profiles;
