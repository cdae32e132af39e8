import type { Core } from '@strapi/strapi';
import { endConnectionSchema } from '../../../shared/contracts/requests';
import type { Settings } from '../../../shared/contracts/settings';
import { connectionView } from '../connections/view';
import { connectionHealth, endEarly, type Health } from '../workflow';
import { parseOrThrow } from '../utils/errors';
import { refusalError } from '../utils/refusal';
import { getService } from '../utils/get-service';
import { connectionState, type ConnectionRow } from './pairs';

type UserLike = { id: number; role?: { type?: string } };

/**
 * The pair's view of their connections, with health for the running ones, and ending one early.
 * Ownership is the pairs service's: a connection the caller is not part of is a 404.
 */
const connections = ({ strapi }: { strapi: Core.Strapi }) => {
  const pairs = () => getService(strapi, 'pairs');

  /**
   * Health of the active connections among `rows`, from one aggregate of their contacts and goals
   * and their cohorts' rules. Others have none: health is about a running pair.
   */
  const healthOf = async (rows: ConnectionRow[], now: Date): Promise<Map<number, Health>> => {
    const running = rows.filter((row) => row.status === 'active' && row.startedAt);
    const health = new Map<number, Health>();
    if (running.length === 0) return health;
    const activity = await getService(strapi, 'connectionActivity').activityFor(running.map((row) => row.id), now);
    const rules = new Map<number | null, Settings>();
    for (const row of running) {
      const cohort = row.program?.id ?? null;
      if (!rules.has(cohort)) rules.set(cohort, await getService(strapi, 'programs').rulesFor((row.program ?? null) as { rules: Partial<Settings> | null } | null));
      const state = connectionState(row);
      const snapshot = { connection: { ...state, status: 'active' as const, startedAt: state.startedAt as Date }, activity: activity.get(row.id)! };
      health.set(row.id, connectionHealth(snapshot, rules.get(cohort)!, now));
    }
    return health;
  };

  return {
    async list(user: UserLike, now: Date) {
      const actor = await pairs().actor(user);
      const rows = await pairs().connectionsOf(actor);
      const health = await healthOf(rows, now);
      return { data: rows.map((row) => connectionView(row, actor.side, health.get(row.id) ?? null)) };
    },

    async detail(user: UserLike, documentId: string, now: Date) {
      const { actor, row } = await pairs().connectionFor(user, documentId);
      const health = await healthOf([row], now);
      return connectionView(row, actor.side, health.get(row.id) ?? null);
    },

    /** Either side ends the connection early, saying why; the other side and staff are told. */
    async end(user: UserLike, documentId: string, body: unknown, now: Date) {
      const { actor, row, state } = await pairs().connectionFor(user, documentId);
      const { reason } = parseOrThrow(endConnectionSchema, body ?? {}, 'The connection cannot end like this');
      const outcome = endEarly(state, { actorId: actor.profileDocumentId, reason }, now);
      if (!outcome.ok) throw refusalError(outcome);
      const store = getService(strapi, 'workflowStore');
      await store.inTransaction(async () => {
        if (!(await store.conditionalUpdate('connection', row.documentId, outcome.update.from, outcome.update.set))) {
          throw refusalError({ ok: false, code: 'not_active', message: 'This connection has already ended' });
        }
        await store.enqueue(outcome.effects, now);
        await getService(strapi, 'interactions').cancelUpcoming(state, now);
      });
      if (row.mentor) await getService(strapi, 'mentorCapacity').placesChanged(row.mentor.id);
      const ended = (await pairs().loadConnection(row.documentId)) as ConnectionRow;
      return connectionView(ended, actor.side, null);
    },
  };
};

export default connections;
