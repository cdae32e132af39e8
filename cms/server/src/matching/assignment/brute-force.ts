import type { CandidateGraph, Objective } from './types';

/** Exhaustive reference for tests on tiny graphs: best (matched, score) over every assignment. */
export function bruteForceOptimum(graph: CandidateGraph, objective: Objective): { totalScore: number; matchedCount: number } {
  const room = Int32Array.from(graph.capacity);
  let best = { totalScore: -1, matchedCount: -1 };
  const better = (matched: number, score: number) =>
    objective === 'max_score'
      ? score > best.totalScore
      : matched > best.matchedCount || (matched === best.matchedCount && score > best.totalScore);
  const visit = (i: number, matched: number, score: number): void => {
    if (i === graph.menteeCount) {
      if (better(matched, score)) best = { totalScore: score, matchedCount: matched };
      return;
    }
    visit(i + 1, matched, score);
    for (let e = graph.offsets[i]; e < graph.offsets[i + 1]; e++) {
      const j = graph.mentors[e];
      if (room[j] === 0) continue;
      room[j]--;
      visit(i + 1, matched + 1, score + graph.scores[e]);
      room[j]++;
    }
  };
  visit(0, 0, 0);
  return best;
}
