import type { Core } from '@strapi/strapi';
import { feedbackCreateSchema, type FeedbackMomentInput, type FeedbackView } from '../../../shared/contracts/pair';
import { UID } from '../constants/uids';
import { isFinalConnection, type ConnectionState, type Side } from '../workflow';
import { conflict, parseOrThrow } from '../utils/errors';
import { getService } from '../utils/get-service';
import { withSchemaLock } from '../utils/schema-lock';

interface FeedbackRow {
  documentId: string;
  side: Side;
  moment: FeedbackMomentInput;
  rating: number;
  comments: string | null;
  createdAt: string | Date;
}

const view = (row: FeedbackRow): FeedbackView => ({
  documentId: row.documentId,
  side: row.side,
  moment: row.moment,
  rating: row.rating,
  comments: row.comments ?? null,
  createdAt: new Date(row.createdAt).toISOString(),
});

/** The program is over for this pair: ended, completed, or past its official end before the tick has run. */
const isOver = (state: ConnectionState, now: Date) => isFinalConnection(state.status) || now.getTime() >= state.endsAt.getTime();

const midpointOf = (state: ConnectionState): Date | null =>
  state.startedAt ? new Date((state.startedAt.getTime() + state.endsAt.getTime()) / 2) : null;

/** The moment feedback given now is about, when the participant does not say. */
export function defaultMoment(state: ConnectionState, now: Date): FeedbackMomentInput {
  if (isOver(state, now)) return 'end';
  const midpoint = midpointOf(state);
  return midpoint && now.getTime() >= midpoint.getTime() ? 'midpoint' : 'ad_hoc';
}

/** Why a moment cannot be given yet, or null. */
function notYet(state: ConnectionState, moment: FeedbackMomentInput, now: Date): string | null {
  if (moment === 'end' && !isOver(state, now)) return 'End-of-program feedback opens when the connection ends';
  const midpoint = midpointOf(state);
  if (moment === 'midpoint' && (!midpoint || now.getTime() < midpoint.getTime())) {
    return `Mid-point feedback opens half-way through the connection${midpoint ? `, on ${midpoint.toISOString().slice(0, 10)}` : ''}`;
  }
  return null;
}

const isUniqueViolation = (error: unknown) => {
  const code = (error as { code?: string })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT';
};

const TABLE = 'mentoring_feedback';

/**
 * Each side rates its connection: any time (ad hoc), once at mid-point, once at the end (which
 * comes after completion). "Once" is a unique key in the database, so a double submit cannot
 * write two (`onceKey`, null for ad hoc feedback). A connection that never started (awaiting
 * approval, or rejected) takes none.
 */
const feedback = ({ strapi }: { strapi: Core.Strapi }) => ({
  async ensureSchema() {
    await withSchemaLock(strapi, 'feedback', async (knex) => {
      await knex.raw(`CREATE UNIQUE INDEX IF NOT EXISTS mentoring_feedback_once_key_uq ON ${TABLE} (once_key)`);
    });
  },

  /** The caller's own feedback on the connection (the other side's is for staff, not for the pair). */
  async list(user: unknown, connectionId: string): Promise<{ data: FeedbackView[] }> {
    const { actor, row } = await getService(strapi, 'pairs').connectionFor(user as any, connectionId);
    const rows: FeedbackRow[] = await strapi.db.query(UID.feedback).findMany({
      where: { connection: { id: row.id }, side: actor.side },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return { data: rows.map(view) };
  },

  async create(user: unknown, connectionId: string, body: unknown, now: Date): Promise<FeedbackView> {
    const input = parseOrThrow(feedbackCreateSchema, body, 'The feedback is not valid');
    const { actor, row, state } = await getService(strapi, 'pairs').connectionFor(user as any, connectionId);
    if (!state.startedAt) throw conflict('Feedback opens once the connection has started');
    const moment = input.moment ?? defaultMoment(state, now);
    const early = notYet(state, moment, now);
    if (early) throw conflict(early, [{ path: ['moment'], message: early }]);

    const onceKey = moment === 'ad_hoc' ? null : `${state.id}:${actor.side}:${moment}`;
    const given = `You have already given your ${moment === 'end' ? 'end-of-program' : 'mid-point'} feedback`;
    if (onceKey && (await strapi.db.query(UID.feedback).count({ where: { onceKey } })) > 0) throw conflict(given);
    try {
      const created = await strapi.documents(UID.feedback).create({
        data: { connection: row.id, side: actor.side, moment, rating: input.rating, comments: input.comments ?? null, onceKey } as any,
      });
      return view(created as unknown as FeedbackRow);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(given);
      throw error;
    }
  },
});

export default feedback;
