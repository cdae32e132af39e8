import type { AssignmentResult, CandidateGraph, PairScore } from './types';

/** A pair the certificate does not cover: w_ij > U_i + V_j, so adding it may raise the optimum. */
export interface PricedOutPair {
  readonly mentee: number;
  readonly mentor: number;
  readonly score: number;
  /** w_ij − U_i − V_j > 0: how much one unit of this pair could still gain against the current duals. */
  readonly gain: number;
}

/**
 * Checks, from the result alone, that it is a feasible assignment on `graph` and optimal for its objective:
 * primal feasibility, dual feasibility on every candidate edge, and primal value = dual value (weak duality
 * then leaves no room for a better assignment). Returns the broken rules; empty means certified.
 */
export function verifyCertificate(graph: CandidateGraph, result: AssignmentResult): string[] {
  const problems: string[] = [];
  const { menteeCount, mentorCount, offsets, mentors, scores, capacity } = graph;
  const { mentorOf } = result;
  const { menteePotential: U, mentorPotential: V, pairBonus, dualObjective } = result.certificate;
  const load = new Int32Array(mentorCount);
  let primal = 0;
  let dual = 0;
  for (let i = 0; i < menteeCount; i++) {
    if (!(U[i] >= 0)) problems.push(`menteePotential[${i}] must be ≥ 0, got ${U[i]}`);
    dual += U[i];
    const j = mentorOf[i];
    let onCandidateEdge = j < 0;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const w = scores[e] + pairBonus;
      const reducedCost = U[i] + V[mentors[e]] - w;
      if (reducedCost < 0) problems.push(`edge (${i}, ${mentors[e]}) has reduced cost ${reducedCost} < 0`);
      if (mentors[e] === j) {
        onCandidateEdge = true;
        primal += w;
        if (reducedCost !== 0) problems.push(`assigned edge (${i}, ${j}) must have reduced cost 0, got ${reducedCost}`);
      }
    }
    if (!onCandidateEdge) problems.push(`mentorOf[${i}] = ${j} is not a candidate of mentee ${i}`);
    if (j >= 0) load[j]++;
    else if (U[i] !== 0) problems.push(`unmatched mentee ${i} must have potential 0, got ${U[i]}`);
  }
  for (let j = 0; j < mentorCount; j++) {
    if (load[j] > capacity[j]) problems.push(`mentor ${j} has ${load[j]} mentees, above capacity ${capacity[j]}`);
    if (!(V[j] >= 0)) problems.push(`mentorPotential[${j}] must be ≥ 0, got ${V[j]}`);
    if (load[j] < capacity[j] && V[j] !== 0) problems.push(`mentor ${j} has room, so its potential must be 0, got ${V[j]}`);
    dual += capacity[j] * V[j];
  }
  if (dual !== dualObjective) problems.push(`dualObjective ${dualObjective} does not match the potentials' sum ${dual}`);
  if (primal !== dual) problems.push(`primal ${primal} differs from dual ${dual}: not proven optimal`);
  return problems;
}

/**
 * The pairs of the full graph (every allowed mentee–mentor pair, not just the top-K candidates) that the
 * certificate does not cover. Empty means the duals are feasible for the full problem, so the candidate-graph
 * optimum is the optimum of the full problem: pruning lost nothing.
 * In 'max_matched_then_score' a pair scoring above what the pair bonus was sized for also counts as uncovered.
 */
export function certifyAgainst(
  result: AssignmentResult,
  full: CandidateGraph | { readonly menteeCount: number; readonly mentorCount: number; readonly score: PairScore },
): PricedOutPair[] {
  const { menteePotential: U, mentorPotential: V, pairBonus } = result.certificate;
  const scoreBound = pairBonus === 0 ? Infinity : (pairBonus - 1) / Math.max(1, full.menteeCount);
  const out: PricedOutPair[] = [];
  const check = (mentee: number, mentor: number, score: number) => {
    const gain = score + pairBonus - U[mentee] - V[mentor];
    if (gain > 0 || score > scoreBound) out.push({ mentee, mentor, score, gain });
  };
  if ('score' in full) {
    for (let i = 0; i < full.menteeCount; i++) {
      for (let j = 0; j < full.mentorCount; j++) {
        const score = full.score(i, j);
        if (score !== null) check(i, j, score);
      }
    }
  } else {
    for (let i = 0; i < full.menteeCount; i++) {
      for (let e = full.offsets[i]; e < full.offsets[i + 1]; e++) check(i, full.mentors[e], full.scores[e]);
    }
  }
  return out;
}
