import type { ResponseRecord } from '../../../shared/contracts/approvals';
import { UID } from '../constants/uids';
import { numberOf, type SqlNames } from './tables';

type Row = Record<string, unknown>;

const BATCH = 500;

const emptyRecord = (): ResponseRecord => ({ received: 0, accepted: 0, declined: 0, expired: 0, acceptRate: null, medianResponseHours: null });

/**
 * How each mentor has answered the requests it received, for staff deciding on a pair: counts by
 * status (one grouped query) and the median time to answer (one query: the database numbers each
 * mentor's answered requests by response time and returns only the middle one or two). Acceptance
 * rate and median are defined as on the monitoring dashboard (docs/STAFF.md), per mentor.
 */
export function responseRecords(sql: SqlNames) {
  const knex = () => sql.knex();
  const link = () => sql.link(UID.mentorshipRequest, 'mentor');
  const col = (attribute: string) => `r.${sql.column(UID.mentorshipRequest, attribute)}`;

  /** The requests of the given mentors, with the mentor's id as `l.<target>`. */
  const requestsOf = (mentorIds: number[]) => {
    const { table, owner, target } = link();
    return knex()(`${sql.table(UID.mentorshipRequest)} as r`)
      .join(`${table} as l`, `l.${owner}`, 'r.id')
      .whereIn(`l.${target}`, mentorIds);
  };

  async function countsByStatus(mentorIds: number[], records: Map<number, ResponseRecord>) {
    const mentor = `l.${link().target}`;
    const rows = (await requestsOf(mentorIds).select({ m: mentor, s: 'r.status' }).count({ n: '*' }).groupBy(mentor, 'r.status')) as Row[];
    for (const row of rows) {
      const record = records.get(numberOf(row.m));
      if (!record) continue;
      const n = numberOf(row.n);
      record.received += n;
      if (row.s === 'accepted' || row.s === 'declined' || row.s === 'expired') record[row.s] += n;
    }
  }

  async function medians(mentorIds: number[], records: Map<number, ResponseRecord>) {
    const mentor = `l.${link().target}`;
    const responded = col('respondedAt');
    const seconds = sql.secondsBetween(col('createdAt'), responded);
    const numbered = requestsOf(mentorIds)
      .whereIn('r.status', ['accepted', 'declined'])
      .whereNotNull(responded)
      .select({ m: mentor })
      .select(
        knex().raw(`${seconds} AS s`),
        knex().raw(`ROW_NUMBER() OVER (PARTITION BY ?? ORDER BY ${seconds}) AS rn`, [mentor]),
        knex().raw('COUNT(*) OVER (PARTITION BY ??) AS n', [mentor]),
      );
    // The middle row of an odd count, the middle two of an even one: 2·rn within [n, n + 2].
    const rows = (await knex()
      .from(numbered.as('t'))
      .whereRaw('2 * t.rn >= t.n AND 2 * t.rn <= t.n + 2')
      .groupBy('t.m')
      .select({ m: 't.m' })
      .avg({ median: 't.s' })) as Row[];
    for (const row of rows) {
      const record = records.get(numberOf(row.m));
      if (record) record.medianResponseHours = Math.round((numberOf(row.median) / 3600) * 10) / 10;
    }
  }

  return {
    /** Each mentor's record, by profile id; a mentor with no request has zeros and nulls. */
    async forMentors(mentorIds: readonly number[]): Promise<Map<number, ResponseRecord>> {
      const records = new Map(mentorIds.map((id) => [id, emptyRecord()]));
      const ids = [...records.keys()];
      for (let i = 0; i < ids.length; i += BATCH) {
        const batch = ids.slice(i, i + BATCH);
        await countsByStatus(batch, records);
        await medians(batch, records);
      }
      for (const record of records.values()) {
        const decided = record.accepted + record.declined + record.expired;
        record.acceptRate = decided === 0 ? null : Math.round((record.accepted / decided) * 1000) / 1000;
      }
      return records;
    },
  };
}
