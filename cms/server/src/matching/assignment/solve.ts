import { maxScoreOf, validateCandidateGraph } from './candidate-graph';
import { pairBonusFor } from './pair-bonus';
import { ShortestAugmentingPath } from './shortest-augmenting-path';
import type { AssignmentResult, CandidateGraph, Objective } from './types';

export interface SolveOptions {
  /**
   * An upper bound on every score in the full problem, when larger than the candidate graph's own maximum:
   * sizes the pair bonus so the certificate stays valid when edges are added later (pricing).
   */
  readonly scoreCeiling?: number;
}

export interface AsyncSolveOptions extends SolveOptions {
  /** Called with the fraction of mentees inserted so far, 0..1, after every chunk. */
  readonly onProgress?: (fraction: number) => void;
  /** Mentees inserted between two yields to the event loop. */
  readonly chunkSize?: number;
}

const DEFAULT_CHUNK = 250;

/** The optimal assignment on the candidate graph, with the dual certificate proving it. */
export function solveAssignment(graph: CandidateGraph, objective: Objective, options: SolveOptions = {}): AssignmentResult {
  const { search, pairBonus } = prepare(graph, objective, options);
  for (let i = 0; i < graph.menteeCount; i++) search.insert(i);
  return resultOf(graph, objective, search, pairBonus);
}

/**
 * Same answer as solveAssignment, for a background job: the work is cut into chunks of mentees and
 * the event loop runs between chunks, so a long solve never blocks the server's other requests.
 */
export async function solveAssignmentAsync(
  graph: CandidateGraph,
  objective: Objective,
  options: AsyncSolveOptions = {},
): Promise<AssignmentResult> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError(`chunkSize must be an integer ≥ 1, got ${chunkSize}`);
  const { search, pairBonus } = prepare(graph, objective, options);
  for (let from = 0; from < graph.menteeCount; from += chunkSize) {
    const to = Math.min(graph.menteeCount, from + chunkSize);
    for (let i = from; i < to; i++) search.insert(i);
    options.onProgress?.(to / graph.menteeCount);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  options.onProgress?.(1);
  return resultOf(graph, objective, search, pairBonus);
}

function prepare(graph: CandidateGraph, objective: Objective, options: SolveOptions) {
  validateCandidateGraph(graph);
  const maxScore = Math.max(maxScoreOf(graph), options.scoreCeiling ?? 0);
  const pairBonus = pairBonusFor(objective, graph.menteeCount, maxScore);
  const weights = new Float64Array(graph.scores.length);
  for (let e = 0; e < weights.length; e++) weights[e] = graph.scores[e] + pairBonus;
  return { search: new ShortestAugmentingPath(graph, weights), pairBonus };
}

function resultOf(graph: CandidateGraph, objective: Objective, search: ShortestAugmentingPath, pairBonus: number): AssignmentResult {
  const { offsets, mentors, scores, capacity } = graph;
  let totalScore = 0;
  let matchedCount = 0;
  for (let i = 0; i < graph.menteeCount; i++) {
    const j = search.mentorOf[i];
    if (j < 0) continue;
    matchedCount++;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      if (mentors[e] === j) {
        totalScore += scores[e];
        break;
      }
    }
  }
  let dualObjective = 0;
  for (let i = 0; i < graph.menteeCount; i++) dualObjective += search.menteePotential[i];
  for (let j = 0; j < graph.mentorCount; j++) dualObjective += capacity[j] * search.mentorPotential[j];
  return {
    mentorOf: search.mentorOf,
    totalScore,
    matchedCount,
    objective,
    certificate: {
      menteePotential: search.menteePotential,
      mentorPotential: search.mentorPotential,
      pairBonus,
      dualObjective,
    },
  };
}
