import type { Core } from '@strapi/strapi';
import { addDays } from 'date-fns';
import { interactionCreateSchema, interactionPatchSchema, type InteractionView } from '../../../shared/contracts/pair';
import { meetingFile } from '../calendar/invite';
import { UID } from '../constants/uids';
import { parseSender } from '../mail/sender';
import type { ConnectionState, InteractionMode } from '../workflow';
import { toPair } from '../workflow/notifications';
import type { ConnectionRow } from './pairs';
import { badInput, conflict, parseOrThrow } from '../utils/errors';
import { getService } from '../utils/get-service';
import { isoOrNull, pairItem, requireActive } from '../utils/pair';
import { siteUrl } from '../utils/site-url';
import { newDocumentId } from './workflow-store';

interface InteractionRow {
  id: number;
  documentId: string;
  occurredAt: string | Date;
  mode: InteractionMode;
  minutes: number | null;
  loggedBy: 'mentee' | 'mentor';
  notesCipher: string | null;
  goals: string[] | null;
  cancelledAt: string | Date | null;
  sequence: number | null;
  createdAt: string | Date;
  connection: { id: number; documentId: string } | null;
}

/** How far ahead a meeting may be scheduled. */
export const MAX_DAYS_AHEAD = 365;

const POPULATE = { connection: { select: ['id', 'documentId'] } };

/** The notes' encryption context: a ciphertext opens only on the interaction it was written for. */
export const notesContext = (documentId: string) => `interaction:${documentId}:notes`;

const isFuture = (when: Date, now: Date) => when.getTime() > now.getTime();

/**
 * Logged contacts and scheduled meetings. A contact dated in the future is a meeting: both sides
 * get a calendar invite (meeting_scheduled), then meeting_updated / meeting_cancelled, each with
 * the interaction's `sequence`, which grows with every change of time, mode or length. Notes are
 * stored encrypted and returned to the pair only.
 */
const interactions = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => getService(strapi, 'workflowStore');
  const confidential = () => getService(strapi, 'confidential');

  const view = (row: InteractionRow): InteractionView => ({
    documentId: row.documentId,
    occurredAt: new Date(row.occurredAt).toISOString(),
    mode: row.mode,
    minutes: row.minutes ?? null,
    loggedBy: row.loggedBy,
    notes: confidential().open(row.notesCipher, notesContext(row.documentId)),
    goals: row.goals ?? [],
    cancelledAt: isoOrNull(row.cancelledAt),
    sequence: row.sequence ?? 0,
    createdAt: new Date(row.createdAt).toISOString(),
  });

  const load = async (documentId: string) =>
    (await strapi.db.query(UID.interaction).findOne({ where: { documentId }, populate: POPULATE })) as InteractionRow;

  /** 400 unless the time lies between the connection's start and a year from now. */
  const checkTime = (occurredAt: Date, row: ConnectionRow, now: Date) => {
    const start = new Date(row.startedAt ?? row.createdAt);
    if (occurredAt < start) {
      throw badInput('The date is not valid', [{ path: ['occurredAt'], message: `must not be before the connection started (${start.toISOString()})` }]);
    }
    if (occurredAt > addDays(now, MAX_DAYS_AHEAD)) {
      throw badInput('The date is not valid', [{ path: ['occurredAt'], message: `must be at most ${MAX_DAYS_AHEAD} days ahead` }]);
    }
  };

  /** 400 naming each id that is not a goal of this connection. */
  const checkGoals = async (ids: string[] | undefined, connectionId: number) => {
    if (!ids || ids.length === 0) return;
    const found: { documentId: string }[] = await strapi.db.query(UID.goal).findMany({
      where: { documentId: { $in: ids }, connection: { id: connectionId } },
      select: ['documentId'],
    });
    const known = new Set(found.map((goal) => goal.documentId));
    const unknown = ids.flatMap((id, index) => (known.has(id) ? [] : [{ path: ['goals', String(index)], message: 'is not a goal of this connection' }]));
    if (unknown.length > 0) throw badInput('Some goals are not this connection\'s', unknown);
  };

  /** The calendar message for both sides; its key names the version, so each change is told once. */
  const meetingNotice = (kind: 'meeting_scheduled' | 'meeting_updated' | 'meeting_cancelled', state: ConnectionState, row: Pick<InteractionRow, 'documentId' | 'occurredAt' | 'minutes' | 'mode'>, sequence: number) =>
    toPair(kind, `interaction:${row.documentId}:v${sequence}:${kind.replace('meeting_', '')}`, state, {
      connectionId: state.id,
      interactionId: row.documentId,
      startsAt: new Date(row.occurredAt),
      minutes: row.minutes ?? null,
      mode: row.mode,
      sequence,
    });

  /**
   * Writes `set` only while the interaction still has the sequence it was read with and is not
   * cancelled, so two edits at once cannot both claim the same invite version.
   */
  const writeVersion = async (row: InteractionRow, set: Record<string, unknown>) => {
    const { count } = await strapi.db.query(UID.interaction).updateMany({
      where: { documentId: row.documentId, sequence: row.sequence ?? { $null: true }, cancelledAt: { $null: true } },
      data: set,
    });
    if (count === 0) throw conflict('This contact has changed meanwhile: reload it and try again');
  };

  return {
    /**
     * A connection that ends takes its upcoming meetings with it: each is cancelled and both sides
     * get the cancelled invite. Runs in the caller's transaction (the end and its cancellations
     * are written together); a meeting changed meanwhile is left to its own version.
     */
    async cancelUpcoming(state: ConnectionState, now: Date): Promise<number> {
      const upcoming: InteractionRow[] = await strapi.db.query(UID.interaction).findMany({
        where: { connection: { documentId: state.id }, cancelledAt: { $null: true }, occurredAt: { $gt: now } },
        populate: POPULATE,
      });
      let cancelled = 0;
      for (const item of upcoming) {
        const sequence = (item.sequence ?? 0) + 1;
        const { count } = await strapi.db.query(UID.interaction).updateMany({
          where: { documentId: item.documentId, sequence: item.sequence ?? { $null: true }, cancelledAt: { $null: true } },
          data: { cancelledAt: now, sequence },
        });
        if (count === 0) continue;
        await store().enqueue(meetingNotice('meeting_cancelled', state, item, sequence), now);
        cancelled += 1;
      }
      return cancelled;
    },

    /**
     * One contact or meeting of the pair as an iCalendar file for the caller's calendar: the
     * emailed invitation's event (same UID and SEQUENCE), cancelled when the meeting was. 404 to
     * anyone outside the pair, as for an unknown id.
     */
    async calendar(user: unknown, interactionId: string, now: Date): Promise<{ filename: string; ics: string }> {
      const { item, row, actor } = await pairItem<InteractionRow>(strapi, UID.interaction, user, interactionId, 'contact');
      const account: { email?: string } | null = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: actor.userId }, select: ['email'] });
      const sender = parseSender(String(strapi.config.get('plugin::email.settings.defaultFrom') ?? ''));
      const ics = meetingFile({
        meeting: { connectionId: row.documentId, interactionId: item.documentId, startsAt: new Date(item.occurredAt), minutes: item.minutes ?? null, mode: item.mode, sequence: item.sequence ?? 0 },
        organizer: { name: sender.name || 'Mentoring Program', email: sender.email },
        attendees: account?.email ? [{ name: actor.fullName, email: account.email }] : [],
        pairNames: [row.mentee?.fullName ?? 'Mentee', row.mentor?.fullName ?? 'Mentor'],
        url: `${siteUrl()}/portal/connections/${encodeURIComponent(row.documentId)}`,
        cancelled: Boolean(item.cancelledAt),
        now,
      });
      return { filename: `meeting-${new Date(item.occurredAt).toISOString().slice(0, 10)}.ics`, ics };
    },

    /** Newest first, cancelled meetings included (with `cancelledAt`). */
    async list(user: unknown, connectionId: string): Promise<{ data: InteractionView[] }> {
      const { row } = await getService(strapi, 'pairs').connectionFor(user as any, connectionId);
      const rows: InteractionRow[] = await strapi.db.query(UID.interaction).findMany({
        where: { connection: { id: row.id } },
        orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
        populate: POPULATE,
      });
      return { data: rows.map(view) };
    },

    async create(user: unknown, connectionId: string, body: unknown, now: Date): Promise<InteractionView> {
      const input = parseOrThrow(interactionCreateSchema, body, 'The contact is not valid');
      const { actor, row, state } = await getService(strapi, 'pairs').connectionFor(user as any, connectionId);
      requireActive(state, 'log contacts');
      checkTime(input.occurredAt, row, now);
      await checkGoals(input.goals, row.id);
      const id = newDocumentId();
      const data = {
        documentId: id,
        connection: row.id,
        occurredAt: input.occurredAt,
        mode: input.mode,
        minutes: input.minutes ?? null,
        loggedBy: actor.side,
        notesCipher: input.notes ? confidential().seal(input.notes, notesContext(id)) : null,
        goals: input.goals ?? [],
        sequence: 0,
      };
      await store().inTransaction(async () => {
        await strapi.documents(UID.interaction).create({ data: data as any });
        if (isFuture(input.occurredAt, now)) {
          await store().enqueue(meetingNotice('meeting_scheduled', state, { ...data, documentId: id }, 0), now);
        }
      });
      return view(await load(id));
    },

    /**
     * Changes a contact or meeting. A change of time, mode or length is a new invite version; both
     * sides are told when the meeting was or now is in the future. Notes and goals alone are not.
     */
    async update(user: unknown, interactionId: string, body: unknown, now: Date): Promise<InteractionView> {
      const patch = parseOrThrow(interactionPatchSchema, body, 'The change is not valid');
      const { item, row, state } = await pairItem<InteractionRow>(strapi, UID.interaction, user, interactionId, 'contact');
      requireActive(state, 'change contacts');
      if (item.cancelledAt) throw conflict('This meeting was cancelled: schedule a new one instead');
      if (patch.occurredAt) checkTime(patch.occurredAt, row, now);
      await checkGoals(patch.goals, row.id);

      const before = new Date(item.occurredAt);
      const next = {
        occurredAt: patch.occurredAt ?? before,
        mode: patch.mode ?? item.mode,
        minutes: patch.minutes === undefined ? item.minutes ?? null : patch.minutes,
      };
      const inviteChanged = next.occurredAt.getTime() !== before.getTime() || next.mode !== item.mode || next.minutes !== (item.minutes ?? null);
      const sequence = (item.sequence ?? 0) + (inviteChanged ? 1 : 0);
      const set: Record<string, unknown> = { ...next, sequence };
      if (patch.notes !== undefined) set.notesCipher = patch.notes ? confidential().seal(patch.notes, notesContext(item.documentId)) : null;
      if (patch.goals !== undefined) set.goals = patch.goals;

      await store().inTransaction(async () => {
        await writeVersion(item, set);
        if (inviteChanged && (isFuture(before, now) || isFuture(next.occurredAt, now))) {
          await store().enqueue(meetingNotice('meeting_updated', state, { ...next, documentId: item.documentId }, sequence), now);
        }
      });
      return view(await load(item.documentId));
    },

    /**
     * A meeting still ahead is cancelled (kept, with `cancelledAt`, and both sides told); a contact
     * whose time has come is removed, with its notes: it was logged by mistake.
     */
    async remove(user: unknown, interactionId: string, now: Date): Promise<InteractionView | null> {
      const { item, state } = await pairItem<InteractionRow>(strapi, UID.interaction, user, interactionId, 'contact');
      requireActive(state, 'change contacts');
      if (item.cancelledAt) throw conflict('This meeting is already cancelled');
      if (!isFuture(new Date(item.occurredAt), now)) {
        await strapi.documents(UID.interaction).delete({ documentId: item.documentId });
        return null;
      }
      const sequence = (item.sequence ?? 0) + 1;
      await store().inTransaction(async () => {
        await writeVersion(item, { cancelledAt: now, sequence });
        await store().enqueue(meetingNotice('meeting_cancelled', state, item, sequence), now);
      });
      return view(await load(item.documentId));
    },
  };
};

export default interactions;
