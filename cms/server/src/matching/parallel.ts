import { deserialize, serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { MatchingWeights } from '../../../shared/contracts/matching';
import type { MenteeFeatures, MentorFeatures } from './features';
import { buildMentorIndex, type MentorIndex } from './mentor-index';
import { topCandidates, type Candidate } from './rank';
import { adoptTermNumbering, termNumbering } from './terms';
import { TextModel, type TextModelSnapshot } from './text-model';
import { adoptWordNumbering, wordNumbering } from './vocabulary';

/**
 * Ranking every mentee of a cohort (bulk matching) in worker threads. Each mentee's ranking is
 * independent, so the mentees are split into one contiguous share per worker; a worker gets the
 * cohort's mentor features with the numbering of terms and words they are written in and the text
 * statistics, and returns the same candidates `topCandidates` gives here. The event loop of the
 * caller stays free meanwhile (a Strapi instance keeps answering requests during a run).
 */

/** What a worker needs to rank its mentees exactly as this thread would. */
export interface RankingShare extends CommonToShares {
  mentees: MenteeFeatures[];
}

interface CommonToShares {
  terms: { keys: string[]; labels: string[] };
  words: string[];
  model: TextModelSnapshot;
  mentors: { features: MentorFeatures; canTakeMore: boolean }[];
  k: number;
  weights: MatchingWeights;
}

/** The candidates of a share's mentees, flat: mentee i's are `positions` / `scores` from offsets[i] to offsets[i + 1]. */
export interface RankedShare {
  offsets: Int32Array;
  positions: Int32Array;
  scores: Int32Array;
}

/** How often a worker reports how far it got, in mentees. */
const REPORT_EVERY = 50;
/** Below this many mentees per worker, starting workers costs more than it saves (by default). */
export const SMALLEST_SHARE = 250;
/** Ranking on the caller's thread yields to its event loop this often, in mentees. */
const YIELD_EVERY = 20;

const flatten = (lists: Candidate[][]): RankedShare => {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((list, mentee) => (offsets[mentee + 1] = offsets[mentee] + list.length));
  const positions = new Int32Array(offsets[lists.length]);
  const scores = new Int32Array(offsets[lists.length]);
  lists.flat().forEach(({ position, score }, at) => {
    positions[at] = position;
    scores[at] = score;
  });
  return { offsets, positions, scores };
};

const unflatten = ({ offsets, positions, scores }: RankedShare): Candidate[][] =>
  Array.from({ length: offsets.length - 1 }, (_, mentee) =>
    Array.from({ length: offsets[mentee + 1] - offsets[mentee] }, (__, at) => ({
      position: positions[offsets[mentee] + at],
      score: scores[offsets[mentee] + at],
    })),
  );

/** What a worker is sent: its mentees, and the rest serialised (v8) in memory all workers share. */
export interface WorkerInput {
  common: Uint8Array;
  mentees: MenteeFeatures[];
}

export const shareOf = ({ common, mentees }: WorkerInput): RankingShare => ({ ...(deserialize(common) as CommonToShares), mentees });

/** A worker's whole job: adopt the numbering, index the mentors, rank the mentees. */
export const rankShare = (share: RankingShare, report: (done: number) => void = () => undefined): RankedShare => {
  adoptTermNumbering(share.terms);
  adoptWordNumbering(share.words);
  const index = buildMentorIndex(
    share.mentors.map((mentor, slot) => ({ id: String(slot), ...mentor })),
    TextModel.fromSnapshot(share.model),
  );
  const lists = share.mentees.map((mentee, done) => {
    if (done % REPORT_EVERY === 0 && done > 0) report(done);
    return topCandidates(mentee, index, share.k, share.weights);
  });
  report(share.mentees.length);
  return flatten(lists);
};

export interface RankCohortOptions {
  /** The worker script (the bundled `worker.ts`); none ranks on this thread. */
  workerFile?: string;
  workers: number;
  /** The fewest mentees a worker is started for; SMALLEST_SHARE unless given. */
  smallestShare?: number;
  /** Mentees ranked so far, now and then. */
  progress?: (done: number) => void | Promise<void>;
}

/** Progress is news, not work: a report that fails (a database write) must not fail the ranking. */
const reportProgress = (progress: RankCohortOptions['progress'], done: number): void => {
  Promise.resolve()
    .then(() => progress?.(done))
    .catch(() => undefined);
};

const rankHere = async (index: MentorIndex, mentees: readonly MenteeFeatures[], k: number, weights: MatchingWeights, progress: RankCohortOptions['progress']) => {
  const lists: Candidate[][] = [];
  for (const mentee of mentees) {
    lists.push(topCandidates(mentee, index, k, weights));
    if (lists.length % YIELD_EVERY === 0) {
      reportProgress(progress, lists.length);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return lists;
};

const runWorker = (workerFile: string, input: WorkerInput, progress: (done: number) => void, started: Worker[]): Promise<RankedShare> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: input });
    started.push(worker);
    let result: RankedShare | undefined;
    worker.on('message', (message: { done?: number; result?: RankedShare }) => {
      if (message.done !== undefined) progress(message.done);
      if (message.result) result = message.result;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`The ranking worker stopped (exit code ${code}) before answering`))));
  });

/**
 * The top-k candidates of every mentee over `index`, in the mentees' order: what `topCandidates`
 * gives each, computed by up to `workers` worker threads (or here, yielding to the event loop now
 * and then, when there are no workers or too few mentees to share).
 */
export const rankCohort = async (
  index: MentorIndex,
  mentees: readonly MenteeFeatures[],
  k: number,
  weights: MatchingWeights,
  { workerFile, workers, smallestShare = SMALLEST_SHARE, progress }: RankCohortOptions,
): Promise<Candidate[][]> => {
  const count = workerFile ? Math.min(Math.floor(workers), Math.floor(mentees.length / Math.max(1, smallestShare))) : 0;
  if (count < 1) return rankHere(index, mentees, k, weights, progress);
  // Features are all built: the numbering now holds every term and word they use.
  const common = {
    terms: termNumbering(),
    words: wordNumbering(),
    model: index.model.snapshot(),
    mentors: index.mentors.map(({ features, canTakeMore }) => ({ features, canTakeMore })),
    k,
    weights,
  };
  // Serialised once into shared memory that every worker reads, rather than copied per worker.
  const serialised = serialize(common);
  const shared = new Uint8Array(new SharedArrayBuffer(serialised.length));
  shared.set(serialised);
  const size = Math.ceil(mentees.length / count);
  const done = new Array<number>(count).fill(0);
  const started: Worker[] = [];
  try {
    const shares = await Promise.all(
      Array.from({ length: count }, (_, share) =>
        runWorker(
          workerFile as string,
          { common: shared, mentees: mentees.slice(share * size, (share + 1) * size) },
          (mentees) => {
            done[share] = mentees;
            reportProgress(progress, done.reduce((sum, part) => sum + part, 0));
          },
          started,
        ),
      ),
    );
    return shares.flatMap(unflatten);
  } catch (error) {
    // One share failed, so the run fails: the other workers need not finish theirs.
    await Promise.all(started.map((worker) => worker.terminate()));
    throw error;
  }
};
