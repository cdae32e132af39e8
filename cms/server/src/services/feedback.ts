import type { Core } from '@strapi/strapi';
import { feedbackCreateSchema, type FeedbackList, type FeedbackMomentInput, type FeedbackView } from '../../../shared/contracts/pair';
import { UID } from '../constants/uids';
import { defaultMoment, feedbackMoments, notYet, type Side } from '../workflow';
import type { ConnectionRow } from './pairs';
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

const isUniqueViolation = (error: unknown) => {
  const code = (error as { code?: string })?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT';
};

const TABLE = 'mentoring_feedback';

const GIVEN: Record<Exclude<FeedbackMomentInput, 'ad_hoc'>, string> = { fit_check: 'fit-check', midpoint: 'mid-point', end: 'end-of-program' };

/**
 * Each side rates its connection: any time (ad hoc), and once for each of the fit check (after
 * the first meeting), the mid-point and the end (workflow/feedback.ts says when each is due).
 * "Once" is a unique key in the database, so a double submit cannot write two (`onceKey`, null for
 * ad hoc feedback). A connection that never started (awaiting approval, or rejected) takes none.
 */
const feedback = ({ strapi }: { strapi: Core.Strapi }) => {
  /** When the pair's first in-person or video meeting was (a future one included), or null. */
  const firstMeetingAt = async (row: ConnectionRow, now: Date): Promise<Date | null> =>
    (await getService(strapi, 'connectionActivity').activityFor([row.id], now)).get(row.id)?.firstMeetingAt ?? null;

  return {
    async ensureSchema() {
      await withSchemaLock(strapi, 'feedback', async (knex) => {
        await knex.raw(`CREATE UNIQUE INDEX IF NOT EXISTS mentoring_feedback_once_key_uq ON ${TABLE} (once_key)`);
      });
    },

    /**
     * The caller's own feedback on the connection (the other side's is for staff, not for the pair),
     * and where the caller stands with each once-moment: open now, given, or when it opens.
     */
    async list(user: unknown, connectionId: string, _query?: unknown, now: Date = new Date()): Promise<FeedbackList> {
      const { actor, row, state } = await getService(strapi, 'pairs').connectionFor(user as any, connectionId);
      const rows: FeedbackRow[] = await strapi.db.query(UID.feedback).findMany({
        where: { connection: { id: row.id }, side: actor.side },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      const given = new Set(rows.map((item) => item.moment));
      const moments = feedbackMoments(state, await firstMeetingAt(row, now), given, now).map((item) => ({
        ...item,
        opensAt: item.opensAt ? item.opensAt.toISOString() : null,
      }));
      return { data: rows.map(view), meta: { moments } };
    },

    async create(user: unknown, connectionId: string, body: unknown, now: Date): Promise<FeedbackView> {
      const input = parseOrThrow(feedbackCreateSchema, body, 'The feedback is not valid');
      const { actor, row, state } = await getService(strapi, 'pairs').connectionFor(user as any, connectionId);
      if (!state.startedAt) throw conflict('Feedback opens once the connection has started');
      const moment = input.moment ?? defaultMoment(state, now);
      const early = notYet(state, moment, moment === 'fit_check' ? await firstMeetingAt(row, now) : null, now);
      if (early) throw conflict(early, [{ path: ['moment'], message: early }]);

      const onceKey = moment === 'ad_hoc' ? null : `${state.id}:${actor.side}:${moment}`;
      const given = moment === 'ad_hoc' ? '' : `You have already given your ${GIVEN[moment]} feedback`;
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
  };
};

export default feedback;
