import type { Core } from '@strapi/strapi';
import { releaseProposalsSchema, type MatchingProposal, type ProposalRelease, type ReleaseResult } from '../../../shared/contracts/matching-run';
import { declineSchema } from '../../../shared/contracts/requests';
import type { Settings } from '../../../shared/contracts/settings';
import { PROFILE_UID, UID } from '../constants/uids';
import { isListed } from '../directory/index-document';
import { programEnd } from '../requests/program-end';
import { iso } from '../requests/view';
import { confirmProposal, declineProposal, proposeConnection, releaseState, type Refusal } from '../workflow';
import { notFound, parseOrThrow } from '../utils/errors';
import { refusalError } from '../utils/refusal';
import { getService } from '../utils/get-service';
import { connectionState, type ConnectionRow } from './pairs';
import { newDocumentId } from './workflow-store';

type UserLike = { id: number; role?: { type?: string } };
type Row = Record<string, any>;

const PROGRAM = { select: ['id', 'documentId', 'name', 'startDate', 'endDate', 'rules'] };
const ACCOUNT = { user: { select: ['confirmed', 'blocked'] } };

type Released = { kind: 'released' | 'already'; connection: string };
type ReleaseOutcome = Released | { kind: 'refused'; code: string; message: string };

/**
 * Proposals released from a matching run: staff release the ones they keep, each becomes a
 * `proposed` connection (re-checked now, like an acceptance, under the mentor's and the mentee's
 * locks), and the pair confirm or decline it in the portal. docs/WORKFLOW.md "Proposals".
 */
const proposals = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => getService(strapi, 'workflowStore');
  const pairs = () => getService(strapi, 'pairs');
  const runs = () => strapi.db.query(UID.matchingRun);

  const refused = (code: string, message: string): ReleaseOutcome => ({ kind: 'refused', code, message });

  /** One proposal in its own transaction: written with its emails, or refused with the rule it breaks. */
  async function releaseOne(run: Row, proposal: MatchingProposal, settings: Settings, endsAt: Date, now: Date): Promise<ReleaseOutcome> {
    const mentee: Row | null = await strapi.db.query(PROFILE_UID.mentee).findOne({ where: { documentId: proposal.mentee.documentId }, select: ['id', 'documentId'], populate: ACCOUNT });
    const mentor: Row | null = await strapi.db.query(PROFILE_UID.mentor).findOne({ where: { documentId: proposal.mentor.documentId }, populate: ACCOUNT });
    if (!mentee || !mentee.user?.confirmed || mentee.user.blocked) return refused('participant_gone', 'The mentee has left the program or can no longer sign in');
    if (!mentor || !isListed('mentor', mentor as any, { confirmed: !!mentor.user?.confirmed, blocked: !!mentor.user?.blocked })) {
      return refused('not_accepting', 'The mentor is no longer listed in the program');
    }
    const requests = getService(strapi, 'requests');
    const connectionId = newDocumentId();
    const outcome = await store().inTransaction(async (trx): Promise<ReleaseOutcome> => {
      await store().lockMatchingRun(trx, run.id);
      const current = await runs().findOne({ where: { id: run.id }, select: ['id', 'releases'] });
      const releases: Record<string, string> = current?.releases ?? {};
      if (releases[proposal.id]) return { kind: 'already', connection: releases[proposal.id] };
      await store().lockMentor(trx, mentor.id);
      await store().lockMentee(trx, mentee.id);
      const decided = proposeConnection(
        { id: connectionId, mentor: await requests.mentorState(mentor.id), mentee: await requests.menteeLoad({ id: mentee.id, documentId: mentee.documentId }), endsAt, compatibility: proposal.compatibility },
        settings,
        now,
      );
      if (!decided.ok) return refused(decided.code, decided.message);
      const opened = decided.connection;
      await strapi.documents(UID.connection).create({
        data: {
          documentId: opened.id,
          mentee: mentee.id,
          mentor: mentor.id,
          program: run.program?.id ?? null,
          matchingRun: run.id,
          proposalId: proposal.id,
          compatibility: proposal.compatibility,
          matchReasons: proposal.reasons,
          status: opened.status,
          endsAt: opened.endsAt,
          respondBy: opened.proposal!.respondBy,
        } as any,
      });
      await runs().update({ where: { id: run.id }, data: { releases: { ...releases, [proposal.id]: opened.id } } });
      await store().enqueue(decided.effects, now);
      return { kind: 'released', connection: opened.id };
    });
    if (outcome.kind === 'released') await getService(strapi, 'mentorCapacity').placesChanged(mentor.id);
    return outcome;
  }

  /** The pair's gate, a lock on both profiles, and the connection read again under them. */
  async function underLocks<T>(user: UserLike, documentId: string, work: (row: ConnectionRow, side: 'mentee' | 'mentor') => Promise<T>) {
    const { actor, row } = await pairs().connectionFor(user, documentId);
    const result = await store().inTransaction(async (trx) => {
      if (row.mentor) await store().lockMentor(trx, row.mentor.id);
      if (row.mentee) await store().lockMentee(trx, row.mentee.id);
      return work((await pairs().loadConnection(row.documentId)) as ConnectionRow, actor.side);
    });
    return { row, result };
  }

  const lost = (): Refusal<string> => ({ ok: false, code: 'not_proposed', message: 'This proposal has already been answered' });

  return {
    /**
     * Staff release some of a completed run's proposals. Each is re-checked and written on its own,
     * so one refused (the mentor filled up meanwhile) does not hold back the others; releasing a
     * proposal again answers with the connection it already opened.
     */
    async release(runDocumentId: unknown, body: unknown, now: Date): Promise<ReleaseResult> {
      const input = parseOrThrow(releaseProposalsSchema, body ?? {}, 'The release is not valid');
      const run: Row | null =
        typeof runDocumentId === 'string' && runDocumentId.length <= 64 ? await runs().findOne({ where: { documentId: runDocumentId }, populate: { program: PROGRAM } }) : null;
      if (!run) throw notFound('No matching run with this id');
      if (run.status !== 'completed') throw refusalError({ ok: false, code: 'run_not_completed', message: `This run is ${run.status}: only a completed run's proposals can be released` });
      const settings = await getService(strapi, 'programs').rulesFor(run.program ?? null);
      const endsAt = programEnd(run.program ?? null, settings, now);
      const byId = new Map(((run.proposals ?? []) as MatchingProposal[]).map((proposal) => [proposal.id, proposal]));
      const result: ReleaseResult = { released: [], refused: [] };
      const opened: { proposal: string; connection: string; alreadyReleased: boolean }[] = [];
      for (const id of new Set(input.proposals)) {
        const proposal = byId.get(id);
        if (!proposal) {
          result.refused.push({ proposal: id, code: 'unknown_proposal', message: 'This run made no such proposal' });
          continue;
        }
        const outcome = await releaseOne(run, proposal, settings, endsAt, now);
        if (outcome.kind === 'refused') result.refused.push({ proposal: id, code: outcome.code, message: outcome.message });
        else opened.push({ proposal: id, connection: outcome.connection, alreadyReleased: outcome.kind === 'already' });
      }
      const rows: Row[] = opened.length
        ? await strapi.db.query(UID.connection).findMany({ where: { documentId: { $in: opened.map((item) => item.connection) } }, select: ['documentId', 'status', 'respondBy'] })
        : [];
      const byDocument = new Map(rows.map((row) => [row.documentId as string, row]));
      for (const item of opened) {
        const row = byDocument.get(item.connection);
        result.released.push({
          proposal: item.proposal,
          connection: { documentId: item.connection, status: row?.status ?? 'ended_early', respondBy: iso(row?.respondBy) },
          alreadyReleased: item.alreadyReleased,
        });
      }
      return result;
    },

    /** Where each released proposal of a run stands, by proposal id: staff see states and dates, nothing the pair wrote. */
    async releasesOf(runId: number): Promise<Map<string, ProposalRelease>> {
      const rows = (await strapi.db.query(UID.connection).findMany({
        where: { matchingRun: { id: runId } },
        select: ['id', 'documentId', 'status', 'proposalId', 'compatibility', 'respondBy', 'menteeConfirmedAt', 'mentorConfirmedAt', 'startedAt', 'endsAt', 'endedAt', 'endedBy', 'endReason', 'approvalNote', 'createdAt'],
        populate: { mentee: { select: ['id', 'documentId'] }, mentor: { select: ['id', 'documentId'] } },
      })) as (ConnectionRow & { proposalId: string })[];
      return new Map(
        rows.map((row) => [
          row.proposalId,
          {
            connection: row.documentId,
            state: releaseState(connectionState(row)),
            confirmedByMentee: !!row.menteeConfirmedAt,
            confirmedByMentor: !!row.mentorConfirmedAt,
            respondBy: iso(row.respondBy),
            releasedAt: iso(row.createdAt) as string,
            endReason: row.endReason ?? null,
          },
        ]),
      );
    },

    /**
     * One side of the pair confirms. Under both profiles' locks (as an acceptance takes them), so
     * the two sides confirming at once take turns and the second moves the connection on.
     */
    async confirm(user: UserLike, documentId: string, now: Date) {
      const { row } = await underLocks(user, documentId, async (fresh, side) => {
        const settings = await getService(strapi, 'programs').rulesFor((fresh.program ?? null) as { rules: Partial<Settings> | null } | null);
        const outcome = confirmProposal(connectionState(fresh), { side }, settings, now);
        if (!outcome.ok) throw refusalError(outcome);
        if (!(await store().conditionalUpdate('connection', fresh.documentId, outcome.update.from, outcome.update.set))) throw refusalError(lost());
        await store().enqueue(outcome.effects, now);
      });
      return getService(strapi, 'connections').detail(user, row.documentId, now);
    },

    /** One side declines, optionally saying why: the proposal ends, the mentor's place is free, the other side is told. */
    async decline(user: UserLike, documentId: string, body: unknown, now: Date) {
      await pairs().connectionFor(user, documentId);
      const { reason } = parseOrThrow(declineSchema, body ?? {}, 'The answer is not valid');
      const { row } = await underLocks(user, documentId, async (fresh, side) => {
        const outcome = declineProposal(connectionState(fresh), { side, reason }, now);
        if (!outcome.ok) throw refusalError(outcome);
        if (!(await store().conditionalUpdate('connection', fresh.documentId, outcome.update.from, outcome.update.set))) throw refusalError(lost());
        await store().enqueue(outcome.effects, now);
      });
      if (row.mentor) await getService(strapi, 'mentorCapacity').placesChanged(row.mentor.id);
      return getService(strapi, 'connections').detail(user, row.documentId, now);
    },
  };
};

export default proposals;
export type ProposalsService = ReturnType<typeof proposals>;
