import type { Knex } from 'knex';
import {
  CONNECTION_STATUS_NAMES,
  CONTACT_MODES,
  FEEDBACK_MOMENTS,
  GOAL_STATUS_NAMES,
  REQUEST_STATUS_NAMES,
  type MonitoringFigures,
  type Rating,
} from '../../../shared/contracts/monitoring';
import { UID } from '../constants/uids';
import { countsAsAgreed, MEETING_MODES, monthKey, type ConnectionActivity } from '../workflow';
import { monthStart, previousMonthStart } from '../workflow/calendar';
import { lastMonths, lastWeeks } from './periods';
import { dateOf, numberOf, type SqlNames } from './tables';

/** The program figures are computed for (its row id), or null for every program. */
export type Scope = { id: number } | null;

type Row = Record<string, unknown>;

export const AGREED_GOAL_STATUSES = GOAL_STATUS_NAMES.filter((status) => countsAsAgreed({ status }));

const BATCH = 500;

/**
 * The dashboard's SQL: every figure is a COUNT, SUM, AVG, MIN or MAX computed by the database,
 * grouped where a breakdown is wanted; no query here reads rows one by one into memory. Columns
 * are named through Strapi's metadata. Message bodies and notes are never selected.
 */
export function aggregates(sql: SqlNames) {
  const knex = () => sql.knex();
  const col = (alias: string, uid: string, attribute: string) => `${alias}.${sql.column(uid, attribute)}`;

  /** Ids of the rows of `uid` that belong to the program. */
  const idsInProgram = (uid: string, program: { id: number }) => {
    const link = sql.link(uid, 'program');
    return knex()(link.table).select(link.owner).where(link.target, program.id);
  };

  /** The rows of a table with its own program relation (profiles, requests, connections). */
  const rowsOf = (uid: string, alias: string, scope: Scope) => {
    const query = knex()(`${sql.table(uid)} as ${alias}`);
    if (scope) query.whereIn(`${alias}.id`, idsInProgram(uid, scope));
    return query;
  };

  /** The rows of a table that belongs to a pair (interactions, goals, …), with their connection's id as `<alias>_pair.<column>`. */
  const pairRowsOf = (uid: string, alias: string) => {
    const link = sql.link(uid, 'connection');
    const connectionId = `${alias}_pair.${link.target}`;
    const query = knex()(`${sql.table(uid)} as ${alias}`).join(`${link.table} as ${alias}_pair`, `${alias}_pair.${link.owner}`, `${alias}.id`);
    return { query, connectionId };
  };

  const pairRowsIn = (uid: string, alias: string, scope: Scope) => {
    const { query, connectionId } = pairRowsOf(uid, alias);
    if (scope) query.whereIn(connectionId, idsInProgram(UID.connection, scope));
    return query;
  };

  const count = async (query: Knex.QueryBuilder): Promise<number> => numberOf(((await query.count({ n: '*' }).first()) as Row | undefined)?.n);

  async function countBy<K extends string>(query: Knex.QueryBuilder, column: string, keys: readonly K[]): Promise<Record<K, number>> {
    const rows = (await query.select({ k: column }).count({ n: '*' }).groupBy(column)) as Row[];
    const result = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
    for (const row of rows) if ((row.k as string) in result) result[row.k as K] = numberOf(row.n);
    return result;
  }

  /** `SUM(CASE WHEN start <= column < end [AND extra] THEN 1 ELSE 0 END) AS alias`. */
  const countWithin = (column: string, start: Date, end: Date, alias: string, extra?: { column: string; value: string }) =>
    extra
      ? knex().raw('SUM(CASE WHEN ?? >= ? AND ?? < ? AND ?? = ? THEN 1 ELSE 0 END) AS ??', [column, start, column, end, extra.column, extra.value, alias])
      : knex().raw('SUM(CASE WHEN ?? >= ? AND ?? < ? THEN 1 ELSE 0 END) AS ??', [column, start, column, end, alias]);

  /** Mentees with no request and no connection yet (optionally: only those signed up before a date, or without a program). */
  function menteesNotReachingOut(scope: Scope, options: { signedUpBefore?: Date; withoutProgram?: boolean } = {}) {
    const hasNo = (uid: string) => {
      const link = sql.link(uid, 'mentee');
      return knex()(link.table).select(knex().raw('1')).whereRaw('?? = ??', [`${link.table}.${link.target}`, 'p.id']);
    };
    const query = rowsOf(UID.menteeProfile, 'p', scope).whereNotExists(hasNo(UID.mentorshipRequest)).whereNotExists(hasNo(UID.connection));
    if (options.signedUpBefore) query.where(col('p', UID.menteeProfile, 'createdAt'), '<', options.signedUpBefore);
    if (options.withoutProgram) {
      const link = sql.link(UID.menteeProfile, 'program');
      query.whereNotExists(knex()(link.table).select(knex().raw('1')).whereRaw('?? = ??', [`${link.table}.${link.owner}`, 'p.id']));
    }
    return count(query);
  }

  return {
    menteesNotReachingOut,

    async participants(scope: Scope): Promise<MonitoringFigures['participants']> {
      return {
        mentors: await count(rowsOf(UID.mentorProfile, 'p', scope)),
        mentees: await count(rowsOf(UID.menteeProfile, 'p', scope)),
      };
    },

    async requests(scope: Scope): Promise<MonitoringFigures['requests']> {
      const byStatus = await countBy(rowsOf(UID.mentorshipRequest, 'r', scope), 'r.status', REQUEST_STATUS_NAMES);
      return { ...byStatus, total: Object.values(byStatus).reduce((sum, n) => sum + n, 0) };
    },

    /** The median over answered requests: counted first, then the middle one or two read in order. */
    async medianResponseHours(scope: Scope): Promise<number | null> {
      const responded = col('r', UID.mentorshipRequest, 'respondedAt');
      const answered = () => rowsOf(UID.mentorshipRequest, 'r', scope).whereIn('r.status', ['accepted', 'declined']).whereNotNull(responded);
      const total = await count(answered());
      if (total === 0) return null;
      const seconds = sql.secondsBetween(col('r', UID.mentorshipRequest, 'createdAt'), responded);
      const middle = (await answered()
        .select(knex().raw(`${seconds} AS s`))
        .orderByRaw(seconds)
        .offset(Math.floor((total - 1) / 2))
        .limit(total % 2 === 1 ? 1 : 2)) as Row[];
      const mean = middle.reduce((sum, row) => sum + numberOf(row.s), 0) / middle.length;
      return Math.round((mean / 3600) * 10) / 10;
    },

    async requestsPerWeek(scope: Scope, now: Date): Promise<MonitoringFigures['requestsPerWeek']> {
      const weeks = lastWeeks(now, 12);
      const created = col('r', UID.mentorshipRequest, 'createdAt');
      const row = ((await rowsOf(UID.mentorshipRequest, 'r', scope)
        .where(created, '>=', weeks[0].start)
        .where(created, '<', weeks[weeks.length - 1].end)
        .select(
          weeks.flatMap((week, i) => [
            countWithin(created, week.start, week.end, `w${i}`),
            countWithin(created, week.start, week.end, `a${i}`, { column: 'r.status', value: 'accepted' }),
          ]),
        )) as Row[])[0] ?? {};
      return weeks.map((week, i) => ({ weekStart: week.key, requests: numberOf(row[`w${i}`]), accepted: numberOf(row[`a${i}`]) }));
    },

    connections: (scope: Scope) => countBy(rowsOf(UID.connection, 'c', scope), 'c.status', CONNECTION_STATUS_NAMES),

    async goals(scope: Scope): Promise<Omit<MonitoringFigures['goals'], 'pairsAtTarget'>> {
      const byStatus = await countBy(pairRowsIn(UID.goal, 'g', scope), 'g.status', GOAL_STATUS_NAMES);
      return { byStatus, agreed: AGREED_GOAL_STATUSES.reduce((sum, status) => sum + byStatus[status], 0) };
    },

    async feedback(scope: Scope): Promise<MonitoringFigures['feedback']> {
      const rows = (await pairRowsIn(UID.feedback, 'f', scope).select({ k: 'f.moment' }).avg({ a: 'f.rating' }).count({ n: '*' }).groupBy('f.moment')) as Row[];
      const rating = (average: number, n: number): Rating => ({ average: n > 0 ? Math.round(average * 100) / 100 : null, count: n });
      const byMoment = Object.fromEntries(FEEDBACK_MOMENTS.map((moment) => [moment, rating(0, 0)])) as Record<(typeof FEEDBACK_MOMENTS)[number], Rating>;
      let sum = 0;
      let n = 0;
      for (const row of rows) {
        const moment = row.k as (typeof FEEDBACK_MOMENTS)[number];
        if (!(moment in byMoment)) continue;
        byMoment[moment] = rating(numberOf(row.a), numberOf(row.n));
        sum += numberOf(row.a) * numberOf(row.n);
        n += numberOf(row.n);
      }
      return { overall: rating(n > 0 ? sum / n : 0, n), byMoment };
    },

    /** Contacts that happened in each of the last 6 months, by mode: one grouped query. */
    async contactsPerMonth(scope: Scope, now: Date): Promise<MonitoringFigures['contactsPerMonth']> {
      const months = lastMonths(now, 6);
      const occurred = col('i', UID.interaction, 'occurredAt');
      const rows = (await pairRowsIn(UID.interaction, 'i', scope)
        .whereNull(col('i', UID.interaction, 'cancelledAt'))
        .where(occurred, '>=', months[0].start)
        .where(occurred, '<=', now)
        .select({ mode: 'i.mode' })
        .select(months.map((month, i) => countWithin(occurred, month.start, month.end, `m${i}`)))
        .groupBy('i.mode')) as Row[];
      return months.map((month, i) => {
        const byMode = Object.fromEntries(CONTACT_MODES.map((mode) => [mode, 0])) as Record<(typeof CONTACT_MODES)[number], number>;
        for (const row of rows) if ((row.mode as string) in byMode) byMode[row.mode as (typeof CONTACT_MODES)[number]] = numberOf(row[`m${i}`]);
        return { month: month.key, total: Object.values(byMode).reduce((sum, n) => sum + n, 0), ...byMode };
      });
    },

    /**
     * What the health rules need for each connection as it stood at each instant in `points`
     * (the last one being `now`): contacts in that instant's month so far and in the month before,
     * the first meeting, the last contact by then, and the goals agreed by then. Two grouped
     * queries per batch of connections. A goal dropped since is not counted in the past: its
     * drop date is not recorded.
     */
    async activityAt(connectionIds: readonly number[], points: readonly Date[], now: Date): Promise<Map<number, ConnectionActivity[]>> {
      const result = new Map<number, ConnectionActivity[]>();
      const occurred = col('i', UID.interaction, 'occurredAt');
      for (let i = 0; i < connectionIds.length; i += BATCH) {
        const ids = connectionIds.slice(i, i + BATCH);
        const contacts = pairRowsOf(UID.interaction, 'i');
        const contactRows = (await contacts.query
          .whereIn(contacts.connectionId, ids)
          .whereNull(col('i', UID.interaction, 'cancelledAt'))
          .select({ id: contacts.connectionId })
          .select(knex().raw(`MIN(CASE WHEN ?? IN (${MEETING_MODES.map(() => '?').join(', ')}) THEN ?? END) AS first_meeting`, ['i.mode', ...MEETING_MODES, occurred]))
          .select(
            points.flatMap((at, k) => [
              knex().raw('SUM(CASE WHEN ?? >= ? AND ?? <= ? THEN 1 ELSE 0 END) AS ??', [occurred, monthStart(at), occurred, at, `cur${k}`]),
              countWithin(occurred, previousMonthStart(at), monthStart(at), `prev${k}`),
              knex().raw('MAX(CASE WHEN ?? <= ? THEN ?? END) AS ??', [occurred, at, occurred, `last${k}`]),
            ]),
          )
          .groupBy(contacts.connectionId)) as Row[];
        const goals = pairRowsOf(UID.goal, 'g');
        const agreedAt = col('g', UID.goal, 'agreedAt');
        const statuses = AGREED_GOAL_STATUSES.map(() => '?').join(', ');
        const goalRows = (await goals.query
          .whereIn(goals.connectionId, ids)
          .select({ id: goals.connectionId })
          .select(
            points.map((at, k) =>
              at.getTime() >= now.getTime()
                ? knex().raw(`SUM(CASE WHEN ?? IN (${statuses}) THEN 1 ELSE 0 END) AS ??`, ['g.status', ...AGREED_GOAL_STATUSES, `g${k}`])
                : knex().raw(`SUM(CASE WHEN ?? IN (${statuses}) AND ?? <= ? THEN 1 ELSE 0 END) AS ??`, ['g.status', ...AGREED_GOAL_STATUSES, agreedAt, at, `g${k}`]),
            ),
          )
          .groupBy(goals.connectionId)) as Row[];
        const contactsOf = new Map(contactRows.map((row) => [numberOf(row.id), row]));
        const goalsOf = new Map(goalRows.map((row) => [numberOf(row.id), row]));
        for (const id of ids) {
          const contact = contactsOf.get(id) ?? {};
          const goal = goalsOf.get(id) ?? {};
          result.set(
            id,
            points.map((at, k) => ({
              contactsByMonth: { [monthKey(at)]: numberOf(contact[`cur${k}`]), [monthKey(previousMonthStart(at))]: numberOf(contact[`prev${k}`]) },
              firstMeetingAt: dateOf(contact.first_meeting),
              lastContactAt: dateOf(contact[`last${k}`]),
              goalsAgreed: numberOf(goal[`g${k}`]),
            })),
          );
        }
      }
      return result;
    },

    /** A pair's message counts by author and the date of its latest message: never a body. */
    async messageCounts(connectionId: number) {
      const { query, connectionId: column } = pairRowsOf(UID.message, 'm');
      const rows = (await query
        .where(column, connectionId)
        .select({ author: 'm.author' })
        .count({ n: '*' })
        .max({ latest: col('m', UID.message, 'createdAt') })
        .groupBy('m.author')) as Row[];
      const by = (author: string) => numberOf(rows.find((row) => row.author === author)?.n);
      const latest = rows.map((row) => dateOf(row.latest)).filter((date): date is Date => date !== null).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
      return { mentee: by('mentee'), mentor: by('mentor'), latest };
    },

    /** A pair's contacts that happened (with their minutes) and its cancelled meetings. */
    async contactCounts(connectionId: number, now: Date) {
      const occurred = col('i', UID.interaction, 'occurredAt');
      const cancelled = col('i', UID.interaction, 'cancelledAt');
      const { query, connectionId: column } = pairRowsOf(UID.interaction, 'i');
      const row = ((await query
        .where(column, connectionId)
        .select(
          knex().raw('SUM(CASE WHEN ?? IS NULL AND ?? <= ? THEN 1 ELSE 0 END) AS contacts', [cancelled, occurred, now]),
          knex().raw('SUM(CASE WHEN ?? IS NULL AND ?? <= ? THEN COALESCE(??, 0) ELSE 0 END) AS minutes', [cancelled, occurred, now, col('i', UID.interaction, 'minutes')]),
          knex().raw('SUM(CASE WHEN ?? IS NOT NULL THEN 1 ELSE 0 END) AS cancelled', [cancelled]),
        )) as Row[])[0] ?? {};
      return { contacts: numberOf(row.contacts), minutes: numberOf(row.minutes), cancelled: numberOf(row.cancelled) };
    },
  };
}

export type Aggregates = ReturnType<typeof aggregates>;
