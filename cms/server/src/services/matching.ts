import { availableParallelism } from 'node:os';
import type { Core } from '@strapi/strapi';
import {
  startMatchingRunSchema,
  type MatchingProposal,
  type MatchingRunList,
  type MatchingRunSummary,
  type MatchingRunView,
} from '../../../shared/contracts/matching-run';
import { compatibility, menteeFeatures, subIndex, topReasons } from '../matching';
import { rankCohort } from '../matching/parallel';
import type { MentoringPluginConfig } from '../config';
import { graphFromLists } from '../matching/assignment/candidate-graph';
import { greedyAssignment } from '../matching/assignment/greedy';
import { solveWithPricing } from '../matching/assignment/pricing';
import { solveAssignment } from '../matching/assignment/solve';
import { PROFILE_UID, UID } from '../constants/uids';
import { iso } from '../requests/view';
import { notFound, parseOrThrow } from '../utils/errors';
import { getService } from '../utils/get-service';
import { HOLDING_STATUSES } from './mentor-capacity';

/** Candidates per mentee in the graph the solver starts from. */
const TOP_K = 50;
/** Up to this many pairs, pricing checks every eligible pair and the run is certified optimal. */
const PRICE_ALL_PAIRS_UP_TO = 5_000_000;
/** How often a running job writes its progress, at most. */
const PROGRESS_EVERY_MS = 250;
/** Runs the list shows, newest first. */
const RECENT_RUNS = 20;

type Row = Record<string, any>;

/**
 * The threads that rank a run's mentees, as the plugin's configuration sets them (docs/DECISIONS.md).
 * The worker script is the plugin's "./matching-worker" bundle; without it (an unbuilt checkout)
 * ranking stays on the main thread.
 */
const rankingWorkers = (strapi: Core.Strapi): { workerFile?: string; workers: number; smallestShare: number } => {
  const config = strapi.config.get('plugin::mentoring') as MentoringPluginConfig;
  const workers = config.matchingWorkers ?? Math.min(4, availableParallelism());
  const smallestShare = config.matchingWorkerShare;
  try {
    return { workerFile: require.resolve('strapi-plugin-mentoring/matching-worker'), workers, smallestShare };
  } catch {
    strapi.log.warn('The matching worker bundle is missing (build the plugin): bulk runs rank on the main thread');
    return { workers: 0, smallestShare };
  }
};

/**
 * Bulk matching for staff: the assignment of a cohort's mentees to its mentors with room that
 * maximises total compatibility (or the number matched, then compatibility), exactly. A run is a
 * row: it is started on one instance, works in the background there, and reports its progress and
 * proposals through the database, so any instance can answer about it.
 */
const matching = ({ strapi }: { strapi: Core.Strapi }) => {
  const runs = () => strapi.db.query(UID.matchingRun);
  const setProgress = (id: number, progress: number) => runs().update({ where: { id }, data: { progress: Math.round(progress * 1000) / 1000 } });

  /** Per mentee of the program (by profile id): its connections that hold a mentor, and those mentors. */
  const mentorsHeldByMentee = async (programId: number) => {
    const rows: { mentee: { id: number } | null; mentor: { documentId: string } | null }[] = await strapi.db.query(UID.connection).findMany({
      where: { mentee: { program: { id: programId } }, status: { $in: [...HOLDING_STATUSES] } },
      select: ['id'],
      populate: { mentee: { select: ['id'] }, mentor: { select: ['documentId'] } },
    });
    const held = new Map<number, { count: number; mentors: Set<string> }>();
    for (const { mentee, mentor } of rows) {
      if (!mentee) continue;
      const entry = held.get(mentee.id) ?? { count: 0, mentors: new Set<string>() };
      entry.count += 1;
      if (mentor) entry.mentors.add(mentor.documentId);
      held.set(mentee.id, entry);
    }
    return held;
  };

  const execute = async (id: number) => {
    const started = Date.now();
    await runs().update({ where: { id }, data: { status: 'running', progress: 0.01 } });
    const run = await runs().findOne({ where: { id }, populate: ['program'] });
    const rules = await getService(strapi, 'programs').rulesFor(run.program);
    const weights = rules.matchingWeights;
    const index = await getService(strapi, 'matchingIndex').current();

    // A mentee already holding as many mentors as the program allows (running, awaiting approval or
    // proposed) is not matched again, and no mentee is proposed a mentor it already holds: release
    // would refuse both.
    const heldByMentee = await mentorsHeldByMentee(run.program.id);
    const menteeRows: Row[] = (
      await strapi.db.query(PROFILE_UID.mentee).findMany({
        where: { program: { id: run.program.id }, user: { confirmed: true, blocked: false } },
        orderBy: { id: 'asc' },
      })
    ).filter((row: Row) => (heldByMentee.get(row.id)?.count ?? 0) < rules.maxActiveMentorsPerMentee);
    const alreadyHeld = (mentee: number, mentorDocumentId: string) => heldByMentee.get(menteeRows[mentee].id)?.mentors.has(mentorDocumentId) ?? false;
    const mentorRows: Row[] = await strapi.db.query(PROFILE_UID.mentor).findMany({ where: { program: { id: run.program.id } }, select: ['id', 'documentId', 'fullName', 'capacity'] });
    const held = await getService(strapi, 'mentorCapacity').heldSlots(mentorRows.map((row) => row.id));
    const mentors = mentorRows.flatMap((row) => {
      const position = index.positions.get(row.documentId);
      const entry = position === undefined ? undefined : index.mentors[position];
      return entry?.canTakeMore ? [{ row, entry, position: position as number }] : [];
    });
    // Places left: a mentor's running and awaiting connections already hold part of its capacity.
    const capacity = Int32Array.from(mentors, ({ row }) =>
      typeof row.capacity === 'number' ? Math.max(0, row.capacity - (held.get(row.id) ?? 0)) : menteeRows.length,
    );
    // The cohort's mentors as an index of their own (slot n is mentors[n]), frozen for the run.
    const cohortIndex = subIndex(index, mentors.map(({ position }) => position));

    const features = menteeRows.map((row) => menteeFeatures(row));
    // Progress is written at most every PROGRESS_EVERY_MS: workers report far more often.
    let progressWritten = 0;
    const ranked = await rankCohort(cohortIndex, features, TOP_K, weights, {
      ...rankingWorkers(strapi),
      progress: async (done) => {
        if (Date.now() - progressWritten < PROGRESS_EVERY_MS) return;
        progressWritten = Date.now();
        await setProgress(id, 0.05 + 0.55 * (done / features.length));
      },
    });
    const lists = ranked.map((candidates, mentee) =>
      candidates.filter(({ position }) => !alreadyHeld(mentee, mentors[position].row.documentId)).map(({ position, score }) => [position, score] as const),
    );
    await setProgress(id, 0.6);

    const graph = graphFromLists(mentors.length, capacity, lists);
    const pairScore = (mentee: number, mentor: number) => {
      if (alreadyHeld(mentee, mentors[mentor].row.documentId)) return null;
      const verdict = compatibility(features[mentee], cohortIndex.mentors[mentor].features, cohortIndex.model, weights);
      return verdict.eligible ? verdict.score : null;
    };
    const priceAll = features.length * mentors.length <= PRICE_ALL_PAIRS_UP_TO;
    const solved = priceAll
      ? solveWithPricing(graph, run.objective, { menteeCount: features.length, mentorCount: mentors.length, score: pairScore, scoreCeiling: 100 })
      : { result: solveAssignment(graph, run.objective), rounds: 1 };
    const { mentorOf, totalScore, matchedCount } = solved.result;
    // What a staff member taking the best pairs first would get, over the same candidates, for comparison.
    const greedy = greedyAssignment(graph, run.objective);

    const proposals: MatchingProposal[] = [];
    mentorOf.forEach((mentor, mentee) => {
      if (mentor < 0) return;
      const verdict = compatibility(features[mentee], cohortIndex.mentors[mentor].features, cohortIndex.model, weights);
      proposals.push({
        id: `${menteeRows[mentee].documentId}:${mentors[mentor].row.documentId}`,
        mentee: { documentId: menteeRows[mentee].documentId, fullName: menteeRows[mentee].fullName },
        mentor: { documentId: mentors[mentor].row.documentId, fullName: mentors[mentor].row.fullName },
        compatibility: verdict.score,
        reasons: topReasons(verdict).map(({ factor, text }) => ({ factor, detail: text })),
      });
    });
    const summary: MatchingRunSummary = {
      mentees: features.length,
      mentors: mentors.length,
      slots: capacity.reduce((sum, slots) => sum + slots, 0),
      matched: matchedCount,
      totalScore,
      certified: priceAll,
      rounds: solved.rounds,
      seconds: Math.round((Date.now() - started) / 100) / 10,
      greedy: { matched: greedy.matchedCount, totalScore: greedy.totalScore },
    };
    await runs().update({ where: { id }, data: { status: 'completed', progress: 1, summary, proposals } });
  };

  const view = (run: Row): Omit<MatchingRunView, 'proposals'> => ({
    id: run.documentId,
    status: run.status,
    progress: Number(run.progress ?? 0),
    objective: run.objective,
    program: run.program ? { documentId: run.program.documentId, name: run.program.name } : null,
    summary: run.summary ?? null,
    ...(run.error ? { error: run.error } : {}),
    createdAt: iso(run.createdAt) as string,
  });

  return {
    /** Starts a run in the background and returns its id at once. */
    async start(body: unknown, adminUserId: number) {
      const input = parseOrThrow(startMatchingRunSchema, body, 'The matching run is not valid');
      const program = await strapi.db.query(UID.program).findOne({ where: { documentId: input.program } });
      if (!program) throw notFound('No program with this id');
      const run = await runs().create({ data: { program: program.id, objective: input.objective, status: 'queued', progress: 0, startedBy: adminUserId } });
      setImmediate(() => {
        execute(run.id).catch(async (error: Error) => {
          strapi.log.error(`Matching run ${run.documentId} failed: ${error.stack ?? error.message}`);
          await runs().update({ where: { id: run.id }, data: { status: 'failed', error: error.message } }).catch(() => undefined);
        });
      });
      return { id: run.documentId };
    },

    /** A run with its progress and, once completed, its proposals, each with where its release stands. */
    async find(documentId: string): Promise<MatchingRunView> {
      const run = typeof documentId === 'string' && documentId.length <= 64 ? await runs().findOne({ where: { documentId }, populate: ['program'] }) : null;
      if (!run) throw notFound('No matching run with this id');
      if (run.status !== 'completed') return view(run);
      const releases = await getService(strapi, 'proposals').releasesOf(run.id);
      const proposals = ((run.proposals ?? []) as MatchingProposal[]).map((proposal) => ({ ...proposal, release: releases.get(proposal.id) ?? null }));
      return { ...view(run), proposals };
    },

    /** The most recent runs (no proposals), and the programs staff can run one for. */
    async list(now: Date): Promise<MatchingRunList> {
      const rows: Row[] = await runs().findMany({
        select: ['id', 'documentId', 'status', 'progress', 'objective', 'summary', 'error', 'releases', 'createdAt'],
        populate: { program: { select: ['documentId', 'name'] } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: RECENT_RUNS,
      });
      const programs: Row[] = await strapi.db.query(UID.program).findMany({ select: ['documentId', 'name', 'startDate', 'endDate'], orderBy: [{ startDate: 'desc' }, { id: 'desc' }] });
      const current = await getService(strapi, 'programs').current(now);
      return {
        data: rows.map((row) => ({ ...view(row), released: Object.keys(row.releases ?? {}).length })),
        programs: programs.map((program) => ({
          documentId: program.documentId,
          name: program.name,
          startDate: program.startDate,
          endDate: program.endDate ?? null,
          current: program.documentId === current?.documentId,
        })),
      };
    },
  };
};

export default matching;
