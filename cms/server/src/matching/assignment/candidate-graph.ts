import type { CandidateGraph } from './types';

/** Largest value whose integer arithmetic stays exact in a float64 potential. */
const EXACT_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * Rejects a graph the solver could silently mis-solve: every message names the field and the rule broken.
 * A repeated mentor within one mentee's candidates is rejected because it would double-count capacity.
 */
export function validateCandidateGraph(graph: CandidateGraph): void {
  const { menteeCount, mentorCount, capacity, offsets, mentors, scores } = graph;
  if (!Number.isInteger(menteeCount) || menteeCount < 0) throw new RangeError(`menteeCount must be an integer ≥ 0, got ${menteeCount}`);
  if (!Number.isInteger(mentorCount) || mentorCount < 0) throw new RangeError(`mentorCount must be an integer ≥ 0, got ${mentorCount}`);
  if (capacity.length !== mentorCount) throw new RangeError(`capacity must have mentorCount (${mentorCount}) entries, got ${capacity.length}`);
  for (let j = 0; j < mentorCount; j++) {
    if (capacity[j] < 1) throw new RangeError(`capacity[${j}] must be ≥ 1, got ${capacity[j]}`);
  }
  if (offsets.length !== menteeCount + 1) throw new RangeError(`offsets must have menteeCount + 1 (${menteeCount + 1}) entries, got ${offsets.length}`);
  if (offsets[0] !== 0) throw new RangeError(`offsets[0] must be 0, got ${offsets[0]}`);
  const edgeCount = offsets[menteeCount];
  if (mentors.length !== edgeCount) throw new RangeError(`mentors must have offsets[menteeCount] (${edgeCount}) entries, got ${mentors.length}`);
  if (scores.length !== edgeCount) throw new RangeError(`scores must have offsets[menteeCount] (${edgeCount}) entries, got ${scores.length}`);
  const lastSeenBy = new Int32Array(mentorCount).fill(-1);
  let maxScore = 0;
  for (let i = 0; i < menteeCount; i++) {
    if (offsets[i + 1] < offsets[i]) throw new RangeError(`offsets must be non-decreasing, offsets[${i + 1}] < offsets[${i}]`);
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const j = mentors[e];
      if (j < 0 || j >= mentorCount) throw new RangeError(`mentors[${e}] must be a mentor id in 0..${mentorCount - 1}, got ${j}`);
      if (lastSeenBy[j] === i) throw new RangeError(`mentors[${e}] repeats mentor ${j} for mentee ${i}; each pair may appear once`);
      lastSeenBy[j] = i;
      if (scores[e] < 0) throw new RangeError(`scores[${e}] must be ≥ 0, got ${scores[e]}`);
      if (scores[e] > maxScore) maxScore = scores[e];
    }
  }
  if ((maxScore + 1) * (menteeCount + 1) * (menteeCount + 1) > EXACT_LIMIT) {
    throw new RangeError(`scores: maxScore × menteeCount² must stay below 2^53 for exact potentials, got maxScore ${maxScore}`);
  }
}

export function maxScoreOf(graph: CandidateGraph): number {
  let max = 0;
  for (let e = 0; e < graph.scores.length; e++) if (graph.scores[e] > max) max = graph.scores[e];
  return max;
}

/** Builds a CSR graph from per-mentee candidate lists; used where edges arrive in pieces (pricing, tests). */
export function graphFromLists(
  mentorCount: number,
  capacity: Int32Array,
  lists: ReadonlyArray<ReadonlyArray<readonly [mentor: number, score: number]>>,
): CandidateGraph {
  const offsets = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) offsets[i + 1] = offsets[i] + lists[i].length;
  const mentors = new Int32Array(offsets[lists.length]);
  const scores = new Int32Array(offsets[lists.length]);
  lists.forEach((list, i) => {
    list.forEach(([mentor, score], k) => {
      mentors[offsets[i] + k] = mentor;
      scores[offsets[i] + k] = score;
    });
  });
  return { menteeCount: lists.length, mentorCount, capacity, offsets, mentors, scores };
}
