import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { SETTING_FIELDS, type Settings } from '../../../shared/contracts/settings';
import { UID } from '../constants/uids';
import { countWritten, emptySummary, type TickCounter, type TickSummary } from '../jobs/tick-summary';
import { getService } from '../utils/get-service';
import { requestState } from '../requests/view';
import {
  END_REASONS,
  tick as rulesAt,
  type ConnectionSnapshot,
  type DueTransition,
  type LeavingMentor,
  type MenteeOutreach,
  type Notification,
  type RequestStatus,
  type TickSnapshot,
} from '../workflow';
import { connectionState, type ConnectionRow } from './pairs';

/**
 * The time rules' runtime: `tick(now)` reads the rows each rule watches a page at a time, asks the
 * pure core what is due (`workflow/time-rules.ts`) and writes it. Every status change is a
 * conditional update written in one transaction with its notifications, and every notification is
 * written once per dedupe key, so running it twice, or on two instances at once, changes nothing
 * the second time. docs/WORKFLOW.md "Runtime" has the whole picture.
 */

/** Rows per page: memory stays bounded however many rows a rule watches. */
const PAGE = 500;

type Rows = Omit<TickSnapshot, 'issued'>;

const noRows = (): Rows => ({ pendingRequests: [], menteesYetToReachOut: [], activeConnections: [], leavingMentors: [], awaitingApproval: [], proposals: [] });

interface ProgramRef {
  id: number;
  /** Validated on every program write (programs.prepareWrite); undefined until loaded. */
  rules?: unknown;
}

interface Party {
  id: number;
  documentId: string;
}

interface RequestRow {
  id: number;
  documentId: string;
  status: RequestStatus;
  message: string;
  createdAt: string | Date;
  respondBy: string | Date;
  respondedAt: string | Date | null;
  reason: string | null;
  mentee: Party | null;
  mentor: Party | null;
  program: ProgramRef | null;
}

interface MentorRow {
  id: number;
  documentId: string;
  capacity: number | null;
  leaveDate: string;
}

const DAY_MS = 24 * 3_600_000;

/** The UTC day of an instant, as date columns store it. */
const utcDay = (instant: Date) => instant.toISOString().slice(0, 10);

const PARTY = { select: ['id', 'documentId'] };
const CONNECTION_POPULATE = { mentee: PARTY, mentor: PARTY, request: { select: ['documentId'] }, program: { select: ['id', 'rules'] } };

/** Which summary count a status change adds to. */
function counterOf(transition: DueTransition): TickCounter {
  const { update } = transition;
  if (update.entity === 'request') return 'expired';
  if (update.entity === 'mentor') return 'mentorsWithdrawn';
  if (update.set.status === 'completed') return 'completed';
  if (update.from === 'proposed' && update.set.endReason !== END_REASONS.mentorLeft) return 'proposalsExpired';
  return update.set.endReason === END_REASONS.mentorLeft ? 'endedForLeave' : 'lapsed';
}

/** Splits a page by cohort: each cohort's rules override the settings. */
function byProgram<Row>(rows: readonly Row[], programOf: (row: Row) => ProgramRef | null): Map<number | null, { program: ProgramRef | null; rows: Row[] }> {
  const groups = new Map<number | null, { program: ProgramRef | null; rows: Row[] }>();
  for (const row of rows) {
    const program = programOf(row);
    const key = program?.id ?? null;
    const group = groups.get(key) ?? { program, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return groups;
}

/** Keyset pages by id: rows leaving the filter as they are processed never make a page skip others. */
async function eachPage<Row extends { id: number }>(load: (afterId: number) => Promise<Row[]>, work: (rows: Row[]) => Promise<void>) {
  let afterId = 0;
  for (;;) {
    const rows = await load(afterId);
    if (rows.length === 0) return;
    await work(rows);
    if (rows.length < PAGE) return;
    afterId = rows[rows.length - 1].id;
  }
}

const workflow = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => getService(strapi, 'workflowStore');
  const knex = () => strapi.db.connection as unknown as Knex;
  const table = (uid: string) => strapi.db.metadata.get(uid as any).tableName;
  /** A relation's link table and its two columns (Strapi 5 keeps every relation in one). */
  const link = (uid: string, attribute: string) => {
    const { joinTable } = strapi.db.metadata.get(uid as any).attributes[attribute] as any;
    return { table: joinTable.name as string, owner: joinTable.joinColumn.name as string, target: joinTable.inverseJoinColumn.name as string };
  };

  /** Pending requests: reminders and expiry. */
  const pendingRequests = (afterId: number): Promise<RequestRow[]> =>
    strapi.db.query(UID.mentorshipRequest).findMany({
      where: { status: 'pending', id: { $gt: afterId } },
      select: ['id', 'documentId', 'status', 'message', 'createdAt', 'respondBy', 'respondedAt', 'reason'],
      populate: { mentee: PARTY, mentor: PARTY, program: { select: ['id', 'rules'] } },
      orderBy: { id: 'asc' },
      limit: PAGE,
    });

  const connections = (where: Record<string, unknown>) => (afterId: number): Promise<ConnectionRow[]> =>
    strapi.db.query(UID.connection).findMany({
      where: { ...where, id: { $gt: afterId } },
      populate: CONNECTION_POPULATE,
      orderBy: { id: 'asc' },
      limit: PAGE,
    }) as Promise<ConnectionRow[]>;

  /**
   * Mentees the outreach rule watches: a confirmed, unblocked account (no reminders to an address
   * nobody confirmed), signed up at least a day ago (the shortest reminder delay the settings
   * allow), and no request or connection made by `now` — so `reachedOutAt` is null for all of them.
   * Raw SQL because the mentee profile has no relation back to its requests and connections.
   */
  const menteesYetToReachOut = (now: Date) => async (afterId: number): Promise<{ id: number; documentId: string; createdAt: Date; programId: number | null }[]> => {
    const db = knex();
    const user = link(UID.menteeProfile, 'user');
    const program = link(UID.menteeProfile, 'program');
    const made = (uid: string) => {
      const mentee = link(uid, 'mentee');
      return function madeByNow(this: Knex.QueryBuilder) {
        this.select(db.raw('1'))
          .from(`${mentee.table} as made_link`)
          .join(`${table(uid)} as made`, 'made.id', `made_link.${mentee.owner}`)
          .where(`made_link.${mentee.target}`, db.ref('m.id'))
          .andWhere('made.created_at', '<=', now);
      };
    };
    const rows: { id: number; document_id: string; created_at: string | number | Date; program_id: number | null }[] = await db(`${table(UID.menteeProfile)} as m`)
      .select('m.id', 'm.document_id', 'm.created_at', `program_link.${program.target} as program_id`)
      .join(`${user.table} as user_link`, `user_link.${user.owner}`, 'm.id')
      .join(`${table(UID.user)} as u`, 'u.id', `user_link.${user.target}`)
      .leftJoin(`${program.table} as program_link`, `program_link.${program.owner}`, 'm.id')
      .where('m.id', '>', afterId)
      .andWhere('m.created_at', '<=', new Date(now.getTime() - SETTING_FIELDS.outreachReminderDays.min * DAY_MS))
      .andWhere('u.confirmed', true)
      .andWhere((query) => query.where('u.blocked', false).orWhereNull('u.blocked'))
      .whereNotExists(made(UID.mentorshipRequest))
      .whereNotExists(made(UID.connection))
      .orderBy('m.id', 'asc')
      .limit(PAGE);
    return rows.map((row) => ({ id: row.id, documentId: row.document_id, createdAt: new Date(row.created_at), programId: row.program_id }));
  };

  /** Leaving mentors whose leave date has come (a leave date is a UTC day), with the pairs that end. */
  const leavingMentors = (now: Date) => async (afterId: number): Promise<(MentorRow & { held: ConnectionRow[] })[]> => {
    const mentors: MentorRow[] = await strapi.db.query(UID.mentorProfile).findMany({
      where: { availability: 'leaving', leaveDate: { $notNull: true, $lte: utcDay(now) }, id: { $gt: afterId } },
      select: ['id', 'documentId', 'capacity', 'leaveDate'],
      orderBy: { id: 'asc' },
      limit: PAGE,
    });
    if (mentors.length === 0) return [];
    const held = (await strapi.db.query(UID.connection).findMany({
      where: { mentor: { id: { $in: mentors.map((mentor) => mentor.id) } }, status: { $in: ['active', 'awaiting_approval', 'proposed'] } },
      populate: CONNECTION_POPULATE,
      orderBy: { id: 'asc' },
    })) as ConnectionRow[];
    return mentors.map((mentor) => ({ ...mentor, held: held.filter((connection) => connection.mentor?.id === mentor.id) }));
  };

  return {
    /**
     * Every time rule as of `now`: request reminders and expiry, mentee outreach, cadence, first
     * meeting, goals, the fit check, mid-point feedback, program end, leave dates and proposals
     * not confirmed in time. Returns what
     * it changed; a second run with the same `now` changes nothing.
     */
    async tick(now: Date): Promise<TickSummary> {
      const summary = emptySummary();
      const rulesCache = new Map<number | null, Promise<Settings>>();
      /** A cohort's rules (loaded once per tick), or the settings for rows without a cohort. */
      const rulesOf = (program: ProgramRef | null) => {
        const key = program?.id ?? null;
        if (!rulesCache.has(key)) {
          const load = async () => {
            const row = program && program.rules === undefined ? await strapi.db.query(UID.program).findOne({ where: { id: program.id }, select: ['id', 'rules'] }) : program;
            return getService(strapi, 'programs').rulesFor(row ? { rules: (row.rules ?? null) as Partial<Settings> | null } : null);
          };
          rulesCache.set(key, load());
        }
        return rulesCache.get(key)!;
      };

      /** Writes notifications once per key, in key order (two instances lock keys in the same order). */
      const write = async (notifications: readonly Notification[]) => {
        const written: Notification[] = [];
        const sorted = [...notifications].sort((a, b) => (a.dedupeKey < b.dedupeKey ? -1 : a.dedupeKey > b.dedupeKey ? 1 : 0));
        for (const notification of sorted) {
          if ((await store().enqueue([notification], now)) > 0) written.push(notification);
        }
        countWritten(summary, written);
      };

      /** A status change and, only if it changed the row, its notifications. */
      const apply = async (transition: DueTransition) => {
        const { entity, id, from, set } = transition.update;
        if (!(await store().conditionalUpdate(entity, id, from, set as Record<string, unknown>))) return null;
        summary[counterOf(transition)] += 1;
        await write(transition.effects);
        // A pair that ends (program end, leave date) takes its upcoming meetings with it.
        if (entity === 'connection') {
          const row = await getService(strapi, 'pairs').loadConnection(id);
          if (row) await getService(strapi, 'interactions').cancelUpcoming(connectionState(row), now);
        }
        return transition;
      };

      /**
       * Runs the rules over one page of one cohort. The first pass only learns which keys the page
       * could raise; the second leaves out those already in the outbox, so a quiet tick writes nothing.
       */
      const run = async (rows: Rows, settings: Settings, options: { together?: boolean } = {}) => {
        const draft = rulesAt({ ...rows, issued: new Set() }, settings, now);
        const keys = draft.notifications.map((notification) => notification.dedupeKey);
        const due = keys.length > 0 ? rulesAt({ ...rows, issued: await store().issuedKeys(keys) }, settings, now) : draft;
        const applied: DueTransition[] = [];
        const applyEach = async (transitions: DueTransition[]) => {
          for (const transition of transitions) {
            const done = await apply(transition);
            if (done) applied.push(done);
          }
        };
        if (options.together) await store().inTransaction(() => applyEach(due.transitions));
        else for (const transition of due.transitions) await store().inTransaction(() => applyEach([transition]));
        if (due.notifications.length > 0) await store().inTransaction(() => write(due.notifications));
        return applied;
      };

      /** A completed or ended pair frees its mentor's place: back in the suggestions now. */
      const placesFreed = async (applied: DueTransition[], rows: { documentId: string; mentor?: { id: number } | null }[]) => {
        const ended = new Set(applied.filter(({ update }) => update.entity === 'connection').map(({ update }) => update.id));
        const mentors = new Set(rows.filter((row) => ended.has(row.documentId) && row.mentor).map((row) => row.mentor!.id));
        for (const mentorId of mentors) await getService(strapi, 'mentorCapacity').placesChanged(mentorId);
      };

      await eachPage(pendingRequests, async (page) => {
        for (const { program, rows } of byProgram(page, (row) => row.program).values()) {
          await run({ ...noRows(), pendingRequests: rows.filter((row) => row.mentee && row.mentor).map(requestState) }, await rulesOf(program));
        }
      });

      await eachPage(menteesYetToReachOut(now), async (page) => {
        for (const { program, rows } of byProgram(page, (row) => (row.programId === null ? null : { id: row.programId })).values()) {
          const mentees: MenteeOutreach[] = rows.map((row) => ({ id: row.documentId, signedUpAt: row.createdAt, reachedOutAt: null }));
          await run({ ...noRows(), menteesYetToReachOut: mentees }, await rulesOf(program));
        }
      });

      await eachPage(connections({ status: 'active', startedAt: { $notNull: true } }), async (page) => {
        const activity = await getService(strapi, 'connectionActivity').activityFor(page.map((row) => row.id), now);
        for (const { program, rows } of byProgram(page, (row) => row.program ?? null).values()) {
          const active = rows
            .filter((row) => row.mentee && row.mentor)
            .map((row) => ({ connection: connectionState(row), activity: activity.get(row.id)! }) as ConnectionSnapshot);
          await placesFreed(await run({ ...noRows(), activeConnections: active }, await rulesOf(program)), rows);
        }
      });

      // Each leaving mentor is one transaction: withdrawn together with the end of all its pairs,
      // so a crash never leaves a withdrawn mentor with pairs no later tick would end.
      await eachPage(leavingMentors(now), async (page) => {
        for (const mentor of page) {
          const leaving: LeavingMentor = {
            mentor: { id: mentor.documentId, availability: 'leaving', capacity: mentor.capacity, heldSlots: mentor.held.length, leaveDate: new Date(mentor.leaveDate) },
            connections: mentor.held.filter((row) => row.mentee && row.mentor).map(connectionState),
          };
          const applied = await run({ ...noRows(), leavingMentors: [leaving] }, await rulesOf(null), { together: true });
          // Committed: out of the directory and the suggestions now.
          if (applied.some(({ update }) => update.entity === 'mentor')) await getService(strapi, 'profiles').reindex('mentor', mentor.id);
        }
      });

      await eachPage(connections({ status: 'awaiting_approval', endsAt: { $lte: now } }), async (page) => {
        for (const { program, rows } of byProgram(page, (row) => row.program ?? null).values()) {
          const applied = await run({ ...noRows(), awaitingApproval: rows.filter((row) => row.mentee && row.mentor).map(connectionState) }, await rulesOf(program));
          await placesFreed(applied, rows);
        }
      });

      // Proposals whose window closed (or whose program ended) unconfirmed: they free the mentor's place.
      await eachPage(connections({ status: 'proposed', $or: [{ respondBy: { $lte: now } }, { endsAt: { $lte: now } }] }), async (page) => {
        for (const { program, rows } of byProgram(page, (row) => row.program ?? null).values()) {
          const applied = await run({ ...noRows(), proposals: rows.filter((row) => row.mentee && row.mentor).map(connectionState) }, await rulesOf(program));
          await placesFreed(applied, rows);
        }
      });

      return summary;
    },
  };
};

export default workflow;
export type WorkflowService = ReturnType<typeof workflow>;
