import type { LegacyHighs } from 'highs';
import { maxScoreOf } from './candidate-graph';
import { pairBonusFor } from './pair-bonus';
import type { CandidateGraph, Objective } from './types';

const TERMS_PER_LINE = 8;

/**
 * The b-matching LP in CPLEX LP format, one variable per candidate edge. Its constraint matrix is the
 * incidence matrix of a bipartite graph (totally unimodular), so the LP optimum is integral and equals
 * the best assignment: an independent proof peer for the combinatorial solver.
 */
export function toLpModel(graph: CandidateGraph, objective: Objective): string {
  const { menteeCount, mentorCount, offsets, mentors, scores, capacity } = graph;
  const bonus = pairBonusFor(objective, menteeCount, maxScoreOf(graph));
  const lines: string[] = ['Maximize', ' obj:'];
  const pushTerms = (terms: string[]) => {
    for (let k = 0; k < terms.length; k += TERMS_PER_LINE) lines.push('  ' + terms.slice(k, k + TERMS_PER_LINE).join(' '));
  };
  const objectiveTerms: string[] = [];
  for (let e = 0; e < scores.length; e++) objectiveTerms.push(`+ ${scores[e] + bonus} x${e}`);
  pushTerms(objectiveTerms);
  lines.push('Subject To');
  const byMentor: number[][] = Array.from({ length: mentorCount }, () => []);
  for (let i = 0; i < menteeCount; i++) {
    if (offsets[i + 1] === offsets[i]) continue;
    const terms: string[] = [];
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      terms.push(`+ x${e}`);
      byMentor[mentors[e]].push(e);
    }
    lines.push(` u${i}:`);
    pushTerms(terms);
    lines.push('  <= 1');
  }
  byMentor.forEach((edges, j) => {
    if (edges.length === 0) return;
    lines.push(` v${j}:`);
    pushTerms(edges.map((e) => `+ x${e}`));
    lines.push(`  <= ${capacity[j]}`);
  });
  lines.push('End');
  return lines.join('\n');
}

/** The optimal weighted objective (score + bonus per pair) according to HiGHS. */
export function highsOptimum(highs: LegacyHighs, graph: CandidateGraph, objective: Objective): number {
  if (graph.scores.length === 0) return 0;
  const solution = highs.solve(toLpModel(graph, objective));
  if (solution.Status !== 'Optimal') throw new Error(`highs: expected status Optimal, got ${solution.Status}`);
  return solution.ObjectiveValue;
}
