import fc from 'fast-check';
import loadHighs from 'highs';
import { bruteForceOptimum } from './brute-force';
import { verifyCertificate } from './certificate';
import { highsOptimum } from './highs-model';
import { randomGraph } from './instances';
import { solveAssignment } from './solve';
import type { AssignmentResult, CandidateGraph, Objective } from './types';

const objectives: Objective[] = ['max_score', 'max_matched_then_score'];

function expectFeasible(graph: CandidateGraph, result: AssignmentResult): void {
  const load = new Int32Array(graph.mentorCount);
  for (let i = 0; i < graph.menteeCount; i++) {
    const j = result.mentorOf[i];
    if (j < 0) continue;
    load[j]++;
    expect(Array.from(graph.mentors.subarray(graph.offsets[i], graph.offsets[i + 1]))).toContain(j);
  }
  for (let j = 0; j < graph.mentorCount; j++) expect(load[j]).toBeLessThanOrEqual(graph.capacity[j]);
  expect(result.matchedCount).toBe(result.mentorOf.filter((j) => j >= 0).length);
}

const tinyGraph = fc.record({
  menteeCount: fc.integer({ min: 0, max: 5 }),
  mentorCount: fc.integer({ min: 1, max: 4 }),
  maxCapacity: fc.integer({ min: 1, max: 2 }),
  density: fc.double({ min: 0.2, max: 1, noNaN: true }),
  maxScore: fc.constantFrom(0, 1, 3, 100),
  seed: fc.integer(),
}).map(randomGraph);

describe('solveAssignment', () => {
  it.each(objectives)('equals brute force on tiny graphs and certifies itself (%s)', (objective) => {
    fc.assert(
      fc.property(tinyGraph, (graph) => {
        // Given a tiny graph, When solved, Then it is feasible, certified and as good as every assignment.
        const result = solveAssignment(graph, objective);
        expectFeasible(graph, result);
        expect(verifyCertificate(graph, result)).toEqual([]);
        const best = bruteForceOptimum(graph, objective);
        expect(result.totalScore).toBe(best.totalScore);
        if (objective === 'max_matched_then_score') expect(result.matchedCount).toBe(best.matchedCount);
      }),
      { numRuns: 300 },
    );
  });

  it.each(objectives)('equals the HiGHS LP optimum on random graphs of 20–60 mentees (%s)', async (objective) => {
    const highs = await loadHighs();
    for (let seed = 1; seed <= 12; seed++) {
      const graph = randomGraph({ menteeCount: 20 + 3 * seed, mentorCount: 8 + seed, maxCapacity: 3, density: 0.25, maxScore: seed % 3 === 0 ? 4 : 100, seed });
      const result = solveAssignment(graph, objective);
      expectFeasible(graph, result);
      expect(verifyCertificate(graph, result)).toEqual([]);
      const weighted = result.totalScore + result.certificate.pairBonus * result.matchedCount;
      expect(weighted).toBe(Math.round(highsOptimum(highs, graph, objective)));
    }
  });

  it('matches the most mentees first when asked, even at a lower total score', () => {
    // Given mentee 0 scores 100 with the only mentor both could take and mentee 1 has just that one mentor too,
    // while mentee 0 also has a weaker second option.
    const graph: CandidateGraph = {
      menteeCount: 2,
      mentorCount: 2,
      capacity: Int32Array.of(1, 1),
      offsets: Int32Array.of(0, 2, 3),
      mentors: Int32Array.of(0, 1, 0),
      scores: Int32Array.of(100, 0, 10),
    };
    // When solved both ways, Then score-first leaves mentee 1 out and matched-first takes everyone.
    expect(solveAssignment(graph, 'max_score')).toMatchObject({ totalScore: 100, matchedCount: 1 });
    expect(solveAssignment(graph, 'max_matched_then_score')).toMatchObject({ totalScore: 10, matchedCount: 2 });
  });

  it('rejects a graph that breaks a rule, naming the field', () => {
    const graph = randomGraph({ menteeCount: 3, mentorCount: 2, maxCapacity: 1, density: 1, maxScore: 5, seed: 1 });
    expect(() => solveAssignment({ ...graph, capacity: Int32Array.of(1, 0) }, 'max_score')).toThrow(/capacity\[1\] must be ≥ 1/);
    expect(() => solveAssignment({ ...graph, mentors: graph.mentors.map(() => 0) }, 'max_score')).toThrow(/repeats mentor 0/);
    expect(() => solveAssignment({ ...graph, mentors: graph.mentors.map(() => 7) }, 'max_score')).toThrow(/mentors\[0\] must be a mentor id/);
  });
});
