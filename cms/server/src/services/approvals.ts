import type { Core } from '@strapi/strapi';
import { decisionSchema } from '../../../shared/contracts/requests';
import { UID } from '../constants/uids';
import { staffConnectionView } from '../connections/view';
import { iso } from '../requests/view';
import { approve, reject } from '../workflow';
import { notFound, parseOrThrow } from '../utils/errors';
import { refusalError } from '../utils/refusal';
import { getService } from '../utils/get-service';
import { connectionState, type ConnectionRow } from './pairs';

export type Decision = 'approve' | 'reject';

const PARTY = { select: ['id', 'documentId', 'fullName'] };
const PROGRAM = { select: ['id', 'documentId', 'name'] };

/**
 * Staff approvals: connections waiting for a decision when the program requires one, and mentor
 * profiles waiting for review. Staff see names, cohorts and dates, never what a pair wrote.
 */
const approvals = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list() {
    const connections: ConnectionRow[] = await strapi.db.query(UID.connection).findMany({
      where: { status: 'awaiting_approval' },
      populate: { mentee: PARTY, mentor: PARTY, program: PROGRAM },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    const mentors: Record<string, any>[] = await strapi.db.query(UID.mentorProfile).findMany({
      where: { reviewStatus: 'pending_review' },
      select: ['documentId', 'fullName', 'headline', 'createdAt'],
      populate: { program: PROGRAM },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return {
      data: {
        connections: connections.map(staffConnectionView),
        mentors: mentors.map((mentor) => ({
          documentId: mentor.documentId,
          fullName: mentor.fullName,
          headline: mentor.headline ?? null,
          createdAt: iso(mentor.createdAt),
          program: mentor.program ? { documentId: mentor.program.documentId, name: mentor.program.name } : null,
        })),
      },
    };
  },

  /**
   * Staff approve (the connection starts now) or reject (it ends, the mentor's place is free and
   * the mentee is pointed to other mentors), recording who decided and when.
   */
  async decide(decision: Decision, documentId: string, body: unknown, adminId: number, now: Date) {
    const pairs = getService(strapi, 'pairs');
    const row = await pairs.loadConnection(documentId);
    if (!row) throw notFound('No such connection');
    const { note } = parseOrThrow(decisionSchema, body ?? {}, 'The decision is not valid');
    const outcome = (decision === 'approve' ? approve : reject)(connectionState(row), { note }, now);
    if (!outcome.ok) throw refusalError(outcome);
    const store = getService(strapi, 'workflowStore');
    await store.inTransaction(async () => {
      const written = await store.conditionalUpdate('connection', row.documentId, outcome.update.from, { ...outcome.update.set, decidedBy: adminId, decidedAt: now });
      if (!written) throw refusalError({ ok: false, code: 'not_awaiting_approval', message: 'This connection is no longer awaiting approval' });
      await store.enqueue(outcome.effects, now);
    });
    if (decision === 'reject' && row.mentor) await getService(strapi, 'mentorCapacity').placesChanged(row.mentor.id);
    return { data: staffConnectionView((await pairs.loadConnection(row.documentId)) as ConnectionRow) };
  },

  /** Staff approve a mentor profile under review (it is listed from now on) or reject it. */
  async reviewMentor(decision: Decision, documentId: string) {
    const mentors = strapi.db.query(UID.mentorProfile);
    const row = typeof documentId === 'string' ? await mentors.findOne({ where: { documentId }, select: ['id', 'documentId', 'fullName'] }) : null;
    if (!row) throw notFound('No such mentor');
    const { count } = await mentors.updateMany({
      where: { id: row.id, reviewStatus: 'pending_review' },
      data: { reviewStatus: decision === 'approve' ? 'approved' : 'rejected' },
    });
    if (count === 0) throw refusalError({ ok: false, code: 'not_pending_review', message: 'This mentor profile is no longer awaiting review' });
    await getService(strapi, 'profiles').reindex('mentor', row.id);
    return { data: { documentId: row.documentId, fullName: row.fullName, reviewStatus: decision === 'approve' ? 'approved' : 'rejected' } };
  },
});

export default approvals;
