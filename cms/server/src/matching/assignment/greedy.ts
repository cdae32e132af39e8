import type { AssignmentResult, CandidateGraph, Objective } from './types';

export type GreedyResult = Pick<AssignmentResult, 'mentorOf' | 'totalScore' | 'matchedCount'>;

/**
 * Baseline for the benchmark's objective gap: take edges best score first while both ends have room.
 * Not optimal; it is what a staff member would do by hand, and what the exact solver must beat.
 * For 'max_matched_then_score' it prefers mentees with fewer candidates among equal scores,
 * which is the usual hand heuristic for matching more people.
 */
export function greedyAssignment(graph: CandidateGraph, objective: Objective): GreedyResult {
  const { menteeCount, offsets, mentors, scores, capacity } = graph;
  const edgeCount = scores.length;
  const menteeOfEdge = new Int32Array(edgeCount);
  for (let i = 0; i < menteeCount; i++) menteeOfEdge.fill(i, offsets[i], offsets[i + 1]);
  const degree = (i: number) => offsets[i + 1] - offsets[i];
  const order = new Int32Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) order[e] = e;
  order.sort((a, b) => {
    const byScore = scores[b] - scores[a];
    if (byScore !== 0 || objective === 'max_score') return byScore;
    return degree(menteeOfEdge[a]) - degree(menteeOfEdge[b]);
  });
  const mentorOf = new Int32Array(menteeCount).fill(-1);
  const room = Int32Array.from(capacity);
  let totalScore = 0;
  let matchedCount = 0;
  for (let k = 0; k < edgeCount; k++) {
    const e = order[k];
    const i = menteeOfEdge[e];
    const j = mentors[e];
    if (mentorOf[i] >= 0 || room[j] === 0) continue;
    mentorOf[i] = j;
    room[j]--;
    totalScore += scores[e];
    matchedCount++;
  }
  return { mentorOf, totalScore, matchedCount };
}
