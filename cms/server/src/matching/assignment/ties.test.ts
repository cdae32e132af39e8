import loadHighs from 'highs';
import { verifyCertificate } from './certificate';
import { highsOptimum } from './highs-model';
import { seededRandom } from './instances';
import { solveAssignment } from './solve';
import type { CandidateGraph, Objective } from './types';

/** K random candidates per mentee, scores drawn from a handful of values: the plateau case. */
function tieGraph(menteeCount: number, mentorCount: number, topK: number, values: readonly number[], seed: number): CandidateGraph {
  const random = seededRandom(seed);
  const capacity = new Int32Array(mentorCount);
  for (let j = 0; j < mentorCount; j++) capacity[j] = 1 + Math.floor(random() * 3);
  const offsets = new Int32Array(menteeCount + 1);
  const mentors = new Int32Array(menteeCount * topK);
  const scores = new Int32Array(menteeCount * topK);
  const seen = new Int32Array(mentorCount).fill(-1);
  let edge = 0;
  for (let i = 0; i < menteeCount; i++) {
    while (edge < (i + 1) * topK) {
      const j = Math.floor(random() * mentorCount);
      if (seen[j] === i) continue;
      seen[j] = i;
      mentors[edge] = j;
      scores[edge++] = values[Math.floor(random() * values.length)];
    }
    offsets[i + 1] = edge;
  }
  return { menteeCount, mentorCount, capacity, offsets, mentors, scores };
}

const objectives: Objective[] = ['max_score', 'max_matched_then_score'];

describe('solveAssignment on score ties', () => {
  it.each(objectives)('solves 5,000 mentees × 2,500 scarce mentors with all scores equal quickly (%s)', (objective) => {
    // Given every candidate pair scoring the same, about as many places as mentees.
    const graph = tieGraph(5000, 2500, 50, [60], 11);
    // When solved, Then it is certified optimal within a time a tie-slowed search would blow through.
    const started = performance.now();
    const result = solveAssignment(graph, objective);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(verifyCertificate(graph, result)).toEqual([]);
  });

  it.each(objectives)('solves three-valued scores fast and certified (%s)', (objective) => {
    const graph = tieGraph(5000, 2500, 50, [0, 50, 100], 12);
    const started = performance.now();
    const result = solveAssignment(graph, objective);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(verifyCertificate(graph, result)).toEqual([]);
  });

  it.each(objectives)('equals HiGHS on mid-sized tie-heavy graphs (%s)', async (objective) => {
    const highs = await loadHighs();
    for (const [seed, values] of [[1, [5]], [2, [1, 2]], [3, [0, 10, 20]]] as const) {
      const graph = tieGraph(300, 120, 8, values, seed);
      const result = solveAssignment(graph, objective);
      const weighted = result.totalScore + result.certificate.pairBonus * result.matchedCount;
      expect(weighted).toBe(Math.round(highsOptimum(highs, graph, objective)));
    }
  });
});
