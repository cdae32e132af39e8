import { randomGraph } from './instances';
import { solveAssignment, solveAssignmentAsync } from './solve';

describe('solveAssignmentAsync', () => {
  it('reports rising progress up to 1, lets other work run, and returns the synchronous answer', async () => {
    // Given a graph of 1,000 mentees solved in chunks of 100.
    const graph = randomGraph({ menteeCount: 1000, mentorCount: 300, maxCapacity: 3, density: 0.05, maxScore: 100, seed: 5 });
    const progress: number[] = [];
    let ticksDuringSolve = 0;
    const ticker = setInterval(() => ticksDuringSolve++, 0);
    // When solved in the background.
    const result = await solveAssignmentAsync(graph, 'max_matched_then_score', { chunkSize: 100, onProgress: (f) => progress.push(f) });
    clearInterval(ticker);
    // Then progress climbs to 1, the event loop was free in between, and the answer is the synchronous one.
    expect(progress.length).toBeGreaterThanOrEqual(10);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toBe(1);
    expect(ticksDuringSolve).toBeGreaterThan(0);
    expect(Array.from(result.mentorOf)).toEqual(Array.from(solveAssignment(graph, 'max_matched_then_score').mentorOf));
  });

  it('rejects a chunk size that is not a positive integer', async () => {
    const graph = randomGraph({ menteeCount: 2, mentorCount: 1, maxCapacity: 1, density: 1, maxScore: 1, seed: 1 });
    await expect(solveAssignmentAsync(graph, 'max_score', { chunkSize: 0 })).rejects.toThrow(/chunkSize must be an integer ≥ 1/);
  });
});
