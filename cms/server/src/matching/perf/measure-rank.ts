import { performance } from 'node:perf_hooks';
import { generateParticipants } from '../../demo/participants';
import { menteeFeatures, mentorFeatures } from '../features';
import { buildMentorIndex } from '../mentor-index';
import { topSuggestions } from '../rank';
import { DEFAULT_MATCHING_WEIGHTS } from '../weights';

/**
 * How long `topSuggestions` (top 20, default weights) takes over demo mentors: the figures in
 * docs/MATCHING.md. Each mentee is asked once untimed (warm-up) and then timed over several
 * rounds, so the median reflects a warm process like the server's.
 */
export interface RankFigures {
  mentors: number;
  mentees: number;
  queries: number;
  medianMs: number;
  p95Ms: number;
  buildMs: number;
}

const K = 20;
const ROUNDS = 5;
/** Demo profiles are dated relative to this; fixed so every run measures the same data. */
const NOW = new Date('2025-06-01T00:00:00Z');

const quantile = (sorted: readonly number[], share: number): number => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];

export const measureRank = ({ mentors, mentees, seed }: { mentors: number; mentees: number; seed: number }): RankFigures => {
  const people = generateParticipants({ mentors, mentees, seed, now: NOW });
  const started = performance.now();
  const index = buildMentorIndex(
    people.mentors.map((person, position) => ({ id: `mentor-${position}`, features: mentorFeatures(person.profile), canTakeMore: position % 10 !== 0 })),
  );
  const buildMs = performance.now() - started;
  const queries = people.mentees.map((person) => menteeFeatures(person.profile));
  for (const mentee of queries) topSuggestions(mentee, index, K, DEFAULT_MATCHING_WEIGHTS);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const mentee of queries) {
      const start = performance.now();
      topSuggestions(mentee, index, K, DEFAULT_MATCHING_WEIGHTS);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return { mentors, mentees, queries: times.length, medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), buildMs };
};

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number).filter((size) => size > 0);
  for (const mentors of sizes.length > 0 ? sizes : [1000, 20000, 100000]) {
    const figures = measureRank({ mentors, mentees: 50, seed: 7 });
    console.log(
      `${String(mentors).padStart(7)} mentors: median ${figures.medianMs.toFixed(2)} ms, p95 ${figures.p95Ms.toFixed(2)} ms over ${figures.queries} queries (index built in ${Math.round(figures.buildMs)} ms)`,
    );
  }
}
