import type { Core } from '@strapi/strapi';
import type { Settings } from '../../../shared/contracts/settings';
import type { HealthStatusName, MonitoringFigures } from '../../../shared/contracts/monitoring';
import { UID } from '../constants/uids';
import { connectionState, type ConnectionRow } from '../services/pairs';
import { getService } from '../utils/get-service';
import { connectionHealth, type ConnectionActivity, type Health } from '../workflow';
import type { Aggregates, Scope } from './aggregates';
import { closingInstant, lastWeeks } from './periods';

const BATCH = 500;

const PARTY = { select: ['id', 'documentId', 'fullName'] };
const PROGRAM = { select: ['id', 'documentId', 'name', 'rules'] };
const CONNECTION_FIELDS = ['id', 'documentId', 'status', 'startedAt', 'endsAt', 'endedAt', 'endedBy', 'endReason', 'approvalNote', 'createdAt'];

export type MonitoredRow = ConnectionRow & { program: { id: number; documentId: string; name: string; rules: Partial<Settings> | null } | null };

export interface PairHealth {
  row: MonitoredRow;
  health: Health;
  lastContactAt: Date | null;
}

/**
 * Health as the pair's page shows it, for many connections at once: the pure core's
 * `connectionHealth` over `connectionActivity.activityFor`, a batch of connections at a time,
 * each with its own program's rules.
 */
export function healthReader(strapi: Core.Strapi, sums: Aggregates) {
  const rules = new Map<number, Promise<Settings>>();
  const rulesOf = (program: MonitoredRow['program']): Promise<Settings> => {
    const key = program?.id ?? 0;
    if (!rules.has(key)) rules.set(key, getService(strapi, 'programs').rulesFor(program));
    return rules.get(key)!;
  };

  const healthAt = async (row: MonitoredRow, activity: ConnectionActivity, at: Date): Promise<Health> =>
    connectionHealth({ connection: { ...connectionState(row), status: 'active', startedAt: new Date(row.startedAt!) }, activity }, await rulesOf(row.program), at);

  /** Connections in pages of BATCH by id, so no query loads them all at once. */
  async function* connections(where: Record<string, unknown>, withParties: boolean): AsyncGenerator<MonitoredRow[]> {
    let lastId = 0;
    for (;;) {
      const rows = (await strapi.db.query(UID.connection).findMany({
        where: { ...where, id: { $gt: lastId } },
        select: CONNECTION_FIELDS,
        populate: withParties ? { mentee: PARTY, mentor: PARTY, program: PROGRAM } : { program: PROGRAM },
        orderBy: { id: 'asc' },
        limit: BATCH,
      })) as MonitoredRow[];
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < BATCH) return;
      lastId = rows[rows.length - 1].id;
    }
  }

  const inScope = (scope: Scope) => (scope ? { program: { id: scope.id } } : {});

  return {
    rulesOf,

    async healthOf(row: MonitoredRow, now: Date): Promise<Health | null> {
      if (row.status !== 'active' || !row.startedAt) return null;
      const activity = (await getService(strapi, 'connectionActivity').activityFor([row.id], now)).get(row.id)!;
      return healthAt(row, activity, now);
    },

    /** Every active connection in scope with its health now. */
    async activeHealth(scope: Scope, now: Date): Promise<PairHealth[]> {
      const result: PairHealth[] = [];
      for await (const rows of connections({ status: 'active', startedAt: { $notNull: true }, ...inScope(scope) }, true)) {
        const activity = await getService(strapi, 'connectionActivity').activityFor(rows.map((row) => row.id), now);
        for (const row of rows) {
          const pairActivity = activity.get(row.id)!;
          result.push({ row, health: await healthAt(row, pairActivity, now), lastContactAt: pairActivity.lastContactAt });
        }
      }
      return result;
    },

    /**
     * Active connections by health at the end of each of the last 12 weeks, the current week read
     * now: each connection that had started and not yet ended at that instant, judged by the same
     * rules with what was logged up to then (a contact logged late counts from its own date).
     */
    async healthOverTime(scope: Scope, now: Date): Promise<MonitoringFigures['healthOverTime']> {
      const weeks = lastWeeks(now, 12);
      const points = weeks.map((week) => closingInstant(week, now));
      const counts = weeks.map((week) => ({ weekStart: week.key, on_track: 0, at_risk: 0, inactive: 0 }));
      const where = {
        status: { $in: ['active', 'completed', 'ended_early'] },
        startedAt: { $notNull: true, $lte: now },
        $or: [{ endedAt: { $null: true } }, { endedAt: { $gt: points[0] } }],
        ...inScope(scope),
      };
      for await (const rows of connections(where, false)) {
        const activity = await sums.activityAt(rows.map((row) => row.id), points, now);
        for (const row of rows) {
          const started = new Date(row.startedAt!).getTime();
          const ended = row.endedAt ? new Date(row.endedAt).getTime() : Infinity;
          for (const [k, at] of points.entries()) {
            if (started > at.getTime() || ended <= at.getTime()) continue;
            const status: HealthStatusName = (await healthAt(row, activity.get(row.id)![k], at)).status;
            counts[k][status] += 1;
          }
        }
      }
      return counts;
    },
  };
}
