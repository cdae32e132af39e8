import { certifyAgainst, type PricedOutPair } from './certificate';
import { solveAssignment } from './solve';
import type { AssignmentResult, CandidateGraph, Objective, PairScore } from './types';

export interface FullProblem {
  readonly menteeCount: number;
  readonly mentorCount: number;
  /** Score of any pair, null when a filter or exclusion forbids it. */
  readonly score: PairScore;
  /** An upper bound on every score, e.g. 100; sizes the pair bonus once so rounds do not resize it. */
  readonly scoreCeiling: number;
}

export interface PricingOptions {
  /** Uncovered pairs added per mentee per round, largest gain first; more means fewer rounds, larger graphs. */
  readonly pairsPerMentee?: number;
  readonly maxRounds?: number;
}

export interface PricedSolution {
  readonly result: AssignmentResult;
  /** The candidate graph the final solve ran on: the top-K graph plus every pair pricing added. */
  readonly graph: CandidateGraph;
  /** Solves run; 1 means the top-K graph was already certified optimal for the full problem. */
  readonly rounds: number;
  readonly addedPairs: number;
}

/**
 * Column generation over pairs: solve on the candidate graph, price every pair of the full problem against the
 * duals, add those that could improve the optimum, and repeat until none prices out. At that point the duals are
 * feasible for the full LP, so the answer is optimal for the full problem and not only for the pruned graph.
 * Ends because each round adds at least one pair absent before and the full graph is finite.
 */
export function solveWithPricing(
  candidates: CandidateGraph,
  objective: Objective,
  full: FullProblem,
  options: PricingOptions = {},
): PricedSolution {
  const pairsPerMentee = options.pairsPerMentee ?? 5;
  const maxRounds = options.maxRounds ?? 100;
  if (full.menteeCount !== candidates.menteeCount || full.mentorCount !== candidates.mentorCount) {
    throw new RangeError('full problem must have the same menteeCount and mentorCount as the candidate graph');
  }
  let graph = candidates;
  let addedPairs = 0;
  for (let round = 1; ; round++) {
    const result = solveAssignment(graph, objective, { scoreCeiling: full.scoreCeiling });
    const uncovered = certifyAgainst(result, full);
    if (uncovered.length === 0) return { result, graph, rounds: round, addedPairs };
    if (round === maxRounds) throw new Error(`solveWithPricing: still ${uncovered.length} uncovered pairs after maxRounds (${maxRounds}) rounds`);
    const chosen = bestPerMentee(uncovered, pairsPerMentee);
    addedPairs += chosen.length;
    graph = withPairs(graph, chosen);
  }
}

function bestPerMentee(pairs: PricedOutPair[], perMentee: number): PricedOutPair[] {
  const sorted = [...pairs].sort((a, b) => a.mentee - b.mentee || b.gain - a.gain);
  return sorted.filter((pair, k) => k < perMentee || sorted[k - perMentee].mentee !== pair.mentee);
}

function withPairs(graph: CandidateGraph, pairs: PricedOutPair[]): CandidateGraph {
  const { menteeCount, offsets } = graph;
  const extra = new Int32Array(menteeCount + 1);
  for (const pair of pairs) extra[pair.mentee + 1]++;
  const newOffsets = new Int32Array(menteeCount + 1);
  for (let i = 0; i < menteeCount; i++) newOffsets[i + 1] = newOffsets[i] + (offsets[i + 1] - offsets[i]) + extra[i + 1];
  const mentors = new Int32Array(newOffsets[menteeCount]);
  const scores = new Int32Array(newOffsets[menteeCount]);
  const fill = new Int32Array(menteeCount);
  for (let i = 0; i < menteeCount; i++) {
    const count = offsets[i + 1] - offsets[i];
    mentors.set(graph.mentors.subarray(offsets[i], offsets[i + 1]), newOffsets[i]);
    scores.set(graph.scores.subarray(offsets[i], offsets[i + 1]), newOffsets[i]);
    fill[i] = newOffsets[i] + count;
  }
  for (const pair of pairs) {
    mentors[fill[pair.mentee]] = pair.mentor;
    scores[fill[pair.mentee]++] = pair.score;
  }
  return { ...graph, offsets: newOffsets, mentors, scores };
}
