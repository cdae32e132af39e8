import fc from 'fast-check';
import { greedyAssignment } from './greedy';
import { randomGraph } from './instances';
import { solveAssignment } from './solve';

describe('greedyAssignment', () => {
  it('stays feasible and never beats the exact optimum', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 40 }), (seed, menteeCount) => {
        const graph = randomGraph({ menteeCount, mentorCount: 10, maxCapacity: 2, density: 0.3, maxScore: 100, seed });
        const greedy = greedyAssignment(graph, 'max_score');
        const load = new Int32Array(graph.mentorCount);
        greedy.mentorOf.forEach((j) => j >= 0 && load[j]++);
        load.forEach((count, j) => expect(count).toBeLessThanOrEqual(graph.capacity[j]));
        expect(greedy.totalScore).toBeLessThanOrEqual(solveAssignment(graph, 'max_score').totalScore);
      }),
      { numRuns: 100 },
    );
  });
});
