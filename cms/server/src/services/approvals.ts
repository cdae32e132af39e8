import type { Core } from '@strapi/strapi';
import {
  bulkDecisionSchema,
  type ApprovalDecision,
  type ApprovalsQueue,
  type BulkDecisionResult,
  type BulkItemOutcome,
  type MenteeEssentials,
  type MentorEssentials,
  type PendingConnection,
  type PendingMentor,
  type Place,
} from '../../../shared/contracts/approvals';
import { decisionSchema } from '../../../shared/contracts/requests';
import type { Settings } from '../../../shared/contracts/settings';
import { UID } from '../constants/uids';
import { staffConnectionView } from '../connections/view';
import { compatibility, menteeFeatures, mentorFeatures } from '../matching';
import { responseRecords } from '../monitoring/response-records';
import { sqlNames } from '../monitoring/tables';
import { iso } from '../requests/view';
import { approve, reject, reviewMentor, type ReviewStatus } from '../workflow';
import { notFound, parseOrThrow } from '../utils/errors';
import { refusalError } from '../utils/refusal';
import { getService } from '../utils/get-service';
import { connectionState, type ConnectionRow } from './pairs';
import { verdict } from './suggestions';

export type Decision = ApprovalDecision;

type Row = Record<string, any>;

const PROGRAM = { select: ['id', 'documentId', 'name', 'rules'] };

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

const placeOf = (row: Row): Place | null => {
  const { city = null, country = null } = (row.location ?? {}) as { city?: string | null; country?: string | null };
  return city || country ? { city: city || null, country: country || null } : null;
};

const programOf = (row: Row) => (row.program ? { documentId: row.program.documentId as string, name: (row.program.name as string) ?? null } : null);

function menteeEssentials(row: Row | null): MenteeEssentials | null {
  if (!row) return null;
  return {
    documentId: row.documentId,
    fullName: row.fullName,
    headline: row.headline ?? null,
    academicProgram: row.academicProgram ?? null,
    graduationYear: row.graduationYear ?? null,
    interests: strings(row.interests),
    targetIndustries: strings(row.targetIndustries),
    targetFunctions: strings(row.targetFunctions),
    meetingPreference: row.meetingPreference ?? null,
    place: placeOf(row),
  };
}

/** The job the mentor holds now (one without an end date), else the latest listed. */
function currentRole(row: Row): MentorEssentials['currentRole'] {
  const jobs = (Array.isArray(row.experience) ? row.experience : []) as { title?: string; organization?: string; endDate?: string | null }[];
  const job = jobs.find((candidate) => !candidate.endDate) ?? jobs[0];
  return job?.title && job.organization ? { title: job.title, organization: job.organization } : null;
}

function mentorEssentials(row: Row): MentorEssentials {
  return {
    documentId: row.documentId,
    fullName: row.fullName,
    headline: row.headline ?? null,
    currentRole: currentRole(row),
    industries: strings(row.industries),
    functions: strings(row.functions),
    expertise: strings(row.expertise),
    place: placeOf(row),
    availability: row.availability ?? null,
  };
}

/** The HTTP status and code a single call would have answered with, for one item of a bulk decision. */
function refusedItem(documentId: string, error: unknown): BulkItemOutcome {
  const failure = error as { status?: number; name?: string; message?: string; details?: { code?: string } };
  const status = failure.status ?? (failure.name === 'NotFoundError' ? 404 : failure.name === 'ValidationError' ? 400 : 500);
  return {
    documentId,
    ok: false,
    status,
    code: failure.details?.code ?? null,
    message: status === 500 ? 'This item could not be decided; try it again' : failure.message ?? 'Refused',
  };
}

/**
 * Staff approvals: connections waiting for a decision when the program requires one, and mentor
 * profiles waiting for review. Staff see both profiles' essentials, the compatibility, the
 * mentor's load and response record, never what a pair wrote (no request message, no note).
 */
const approvals = ({ strapi }: { strapi: Core.Strapi }) => {
  /** Compatibility of each pair under its program's weights, from the profiles as they are now. */
  async function compatibilities(rows: Row[]) {
    const index = await getService(strapi, 'matchingIndex').current();
    const weights = new Map<string, Settings['matchingWeights']>();
    const results = new Map<string, PendingConnection['compatibility']>();
    for (const row of rows) {
      if (!row.mentee || !row.mentor) continue;
      const programKey = row.program?.documentId ?? '';
      if (!weights.has(programKey)) weights.set(programKey, (await getService(strapi, 'programs').rulesFor(row.program ?? null)).matchingWeights);
      const result = compatibility(menteeFeatures(row.mentee), mentorFeatures(row.mentor), index.model, weights.get(programKey)!);
      const { compatibility: score, confident, reasons } = verdict(result);
      results.set(row.documentId, { score, confident, reasons });
    }
    return results;
  }

  async function pendingConnections(): Promise<PendingConnection[]> {
    const rows: Row[] = await strapi.db.query(UID.connection).findMany({
      where: { status: 'awaiting_approval' },
      select: ['id', 'documentId', 'createdAt', 'endsAt'],
      populate: { mentee: true, mentor: true, program: PROGRAM },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    const mentorIds = [...new Set(rows.flatMap((row) => (row.mentor ? [row.mentor.id as number] : [])))];
    const [held, records, scores] = await Promise.all([
      getService(strapi, 'mentorCapacity').heldSlots(mentorIds),
      responseRecords(sqlNames(strapi)).forMentors(mentorIds),
      compatibilities(rows),
    ]);
    return rows.map((row) => ({
      documentId: row.documentId,
      createdAt: iso(row.createdAt),
      endsAt: iso(row.endsAt),
      program: programOf(row),
      mentee: menteeEssentials(row.mentee),
      mentor: row.mentor
        ? {
            ...mentorEssentials(row.mentor),
            load: { held: held.get(row.mentor.id) ?? 0, capacity: row.mentor.capacity ?? null },
            responses: records.get(row.mentor.id)!,
          }
        : null,
      compatibility: scores.get(row.documentId) ?? null,
    }));
  }

  async function pendingMentors(): Promise<PendingMentor[]> {
    const rows: Row[] = await strapi.db.query(UID.mentorProfile).findMany({
      where: { reviewStatus: 'pending_review' },
      populate: { program: PROGRAM },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((row) => ({ ...mentorEssentials(row), createdAt: iso(row.createdAt), program: programOf(row), capacity: row.capacity ?? null }));
  }

  /** Runs one decision per id, each on its own, and reports what became of every one. */
  async function each(ids: string[], decision: Decision, run: (id: string) => Promise<{ data: Row }>, status: (data: Row) => string): Promise<{ data: BulkDecisionResult }> {
    const results: BulkItemOutcome[] = [];
    for (const documentId of ids) {
      try {
        results.push({ documentId, ok: true, status: status((await run(documentId)).data) });
      } catch (error) {
        const outcome = refusedItem(documentId, error);
        if (outcome.ok === false && outcome.status === 500) strapi.log.error(`Bulk ${decision} of ${documentId} failed: ${(error as Error).message}`);
        results.push(outcome);
      }
    }
    const decided = results.filter((result) => result.ok).length;
    return { data: { decision, decided, refused: results.length - decided, results } };
  }

  const service = {
    async list(): Promise<{ data: ApprovalsQueue }> {
      const settings = await getService(strapi, 'settings').get();
      const [connections, mentors] = await Promise.all([pendingConnections(), pendingMentors()]);
      return { data: { approvalRequired: settings.approvalRequired, mentorReviewRequired: settings.mentorReviewRequired, connections, mentors } };
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

    /** The same decision and note on several connections, each decided (or refused) on its own. */
    async decideMany(body: unknown, adminId: number, now: Date) {
      const { ids, decision, note } = parseOrThrow(bulkDecisionSchema, body ?? {}, 'The bulk decision is not valid');
      return each(ids, decision, (id) => service.decide(decision, id, { note }, adminId, now), (data) => data.status);
    },

    /**
     * Staff approve a mentor profile under review (it is listed from now on) or reject it; the
     * mentor is told, with staff's note.
     */
    async reviewMentor(decision: Decision, documentId: string, body: unknown, now: Date) {
      const row: Row | null =
        typeof documentId === 'string'
          ? await strapi.db.query(UID.mentorProfile).findOne({ where: { documentId }, select: ['id', 'documentId', 'fullName', 'reviewStatus'] })
          : null;
      if (!row) throw notFound('No such mentor');
      const { note } = parseOrThrow(decisionSchema, body ?? {}, 'The decision is not valid');
      const outcome = reviewMentor({ id: row.documentId, reviewStatus: row.reviewStatus as ReviewStatus }, decision, { note });
      if (!outcome.ok) throw refusalError(outcome);
      const store = getService(strapi, 'workflowStore');
      await store.inTransaction(async () => {
        const written = await store.conditionalUpdate('mentorReview', row.documentId, outcome.update.from, outcome.update.set);
        if (!written) throw refusalError({ ok: false, code: 'not_pending_review', message: 'This mentor profile is no longer awaiting review' });
        await store.enqueue(outcome.effects, now);
      });
      await getService(strapi, 'profiles').reindex('mentor', row.id);
      return { data: { documentId: row.documentId, fullName: row.fullName, reviewStatus: outcome.update.set.reviewStatus } };
    },

    /** The same review decision and note on several mentor profiles, each on its own. */
    async reviewMentors(body: unknown, now: Date) {
      const { ids, decision, note } = parseOrThrow(bulkDecisionSchema, body ?? {}, 'The bulk decision is not valid');
      return each(ids, decision, (id) => service.reviewMentor(decision, id, { note }, now), (data) => data.reviewStatus);
    },
  };
  return service;
};

export default approvals;
