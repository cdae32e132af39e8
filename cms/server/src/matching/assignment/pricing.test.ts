import { certifyAgainst, verifyCertificate } from './certificate';
import { graphFromLists } from './candidate-graph';
import { randomGraph, seededRandom } from './instances';
import { solveWithPricing, type FullProblem } from './pricing';
import { solveAssignment } from './solve';
import type { CandidateGraph, Objective } from './types';

/** The full graph as a pair-score function, as the scoring module would provide it. */
function asFullProblem(full: CandidateGraph): FullProblem {
  const dense = new Int32Array(full.menteeCount * full.mentorCount).fill(-1);
  for (let i = 0; i < full.menteeCount; i++) {
    for (let e = full.offsets[i]; e < full.offsets[i + 1]; e++) dense[i * full.mentorCount + full.mentors[e]] = full.scores[e];
  }
  const score = (i: number, j: number) => (dense[i * full.mentorCount + j] < 0 ? null : dense[i * full.mentorCount + j]);
  return { menteeCount: full.menteeCount, mentorCount: full.mentorCount, score, scoreCeiling: 100 };
}

/** Each mentee's K best candidates of the full graph. */
function pruned(full: CandidateGraph, topK: number): CandidateGraph {
  const lists = Array.from({ length: full.menteeCount }, (_, i) => {
    const pairs: Array<[number, number]> = [];
    for (let e = full.offsets[i]; e < full.offsets[i + 1]; e++) pairs.push([full.mentors[e], full.scores[e]]);
    return pairs.sort((a, b) => b[1] - a[1]).slice(0, topK);
  });
  return graphFromLists(full.mentorCount, full.capacity, lists);
}

const weighted = (result: ReturnType<typeof solveAssignment>) => result.totalScore + result.certificate.pairBonus * result.matchedCount;

describe('certifyAgainst', () => {
  it('reports the pair that pruning to top-1 hid from the solver', () => {
    // Given two mentees whose only top-1 candidate is the same single-place mentor, and mentee 1's runner-up at 90.
    const full = graphFromLists(2, Int32Array.of(1, 1), [[[0, 100]], [[0, 95], [1, 90]]]);
    const top1 = pruned(full, 1);
    // When the top-1 graph is solved, Then its certificate holds there but not against the full graph.
    const result = solveAssignment(top1, 'max_score');
    expect(verifyCertificate(top1, result)).toEqual([]);
    expect(certifyAgainst(result, full)).toEqual([{ mentee: 1, mentor: 1, score: 90, gain: 90 }]);
  });

  it('finds nothing to add when the candidate graph is the full graph', () => {
    const full = randomGraph({ menteeCount: 30, mentorCount: 10, maxCapacity: 3, density: 0.5, maxScore: 100, seed: 7 });
    expect(certifyAgainst(solveAssignment(full, 'max_score'), asFullProblem(full))).toEqual([]);
  });
});

describe('solveWithPricing', () => {
  it.each<Objective>(['max_score', 'max_matched_then_score'])('recovers the full-graph optimum from a too-small K (%s)', (objective) => {
    for (let seed = 1; seed <= 15; seed++) {
      // Given a scarce full graph and its top-2 pruning, which usually loses the optimum.
      const random = seededRandom(seed);
      const full = randomGraph({ menteeCount: 40, mentorCount: 8 + Math.floor(random() * 8), maxCapacity: 3, density: 0.6, maxScore: 100, seed });
      const problem = asFullProblem(full);
      // When columns are generated until no pair prices out.
      const priced = solveWithPricing(pruned(full, 2), objective, problem, { pairsPerMentee: 1 });
      // Then the answer is the full optimum, certified against every pair.
      const optimum = solveAssignment(full, objective, { scoreCeiling: 100 });
      expect(weighted(priced.result)).toBe(weighted(optimum));
      expect(verifyCertificate(priced.graph, priced.result)).toEqual([]);
      expect(certifyAgainst(priced.result, problem)).toEqual([]);
    }
  });

  it('needs one round when the top-K graph already holds the optimum', () => {
    const full = randomGraph({ menteeCount: 20, mentorCount: 40, maxCapacity: 2, density: 1, maxScore: 100, seed: 3 });
    const priced = solveWithPricing(full, 'max_score', asFullProblem(full));
    expect(priced).toMatchObject({ rounds: 1, addedPairs: 0 });
  });
});
