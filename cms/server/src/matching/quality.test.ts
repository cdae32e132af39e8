import { menteeFeatures, mentorFeatures } from './features';
import { buildMentorIndex } from './mentor-index';
import { plantedData } from './planted';
import { topSuggestions } from './rank';
import { compatibility } from './score';
import { DEFAULT_MATCHING_WEIGHTS } from './weights';

const MENTEES = 150;
const POOL = 1000;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const quantiles = (values: readonly number[]) => [0.05, 0.25, 0.5, 0.75, 0.95].map((share) => [...values].sort((a, b) => a - b)[Math.floor(share * (values.length - 1))]);

describe('matching quality on demo data', () => {
  // Given demo mentees, each with a mentor written for them hidden among ordinary demo mentors
  const data = plantedData({ mentees: MENTEES, pool: POOL, seed: 2025 });
  const pool = data.pool.map((seed, position) => ({ id: `pool-${position}`, features: mentorFeatures(seed.profile), canTakeMore: true }));
  const planted = data.planted.map((seed, position) => ({ id: `planted-${position}`, features: mentorFeatures(seed.profile), canTakeMore: true }));
  const index = buildMentorIndex([...pool, ...planted]);
  const mentees = data.mentees.map((seed) => menteeFeatures(seed.profile));

  it('puts the planted mentor in the top 5 for at least 90% of mentees', () => {
    const found = mentees.filter((mentee, position) =>
      topSuggestions(mentee, index, 5, DEFAULT_MATCHING_WEIGHTS).some((suggestion) => suggestion.id === `planted-${position}`),
    ).length;
    const share = found / MENTEES;
    console.log(`planted mentor in top 5: ${(100 * share).toFixed(1)}% of ${MENTEES} mentees (pool ${POOL + MENTEES})`);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('scores random pairs low and planted pairs high', () => {
    const random = mentees.flatMap((mentee, position) =>
      [1, 2, 3].map((step) => compatibility(mentee, pool[(position * 37 + step * 211) % POOL].features, index.model, DEFAULT_MATCHING_WEIGHTS).score),
    );
    const fitting = mentees.map((mentee, position) => compatibility(mentee, planted[position].features, index.model, DEFAULT_MATCHING_WEIGHTS).score);
    console.log(`scores at 5/25/50/75/95%: random pairs ${quantiles(random).join(' ')}; planted pairs ${quantiles(fitting).join(' ')}`);
    expect(median(random)).toBeLessThan(45);
    expect(median(fitting)).toBeGreaterThan(70);
  });

  it('does not give every mentor-shaped copy of a mentee the same score', () => {
    // A mentor whose terms, place and languages mirror the mentee: strong, but how strong depends on the profile.
    const mirrored = data.mentees.slice(0, 40).map((seed) => {
      const profile = seed.profile;
      const mirror = mentorFeatures({
        ...profile,
        expertise: profile.interests,
        industries: profile.targetIndustries,
        functions: profile.targetFunctions,
        bio: profile.careerGoals,
      });
      return compatibility(menteeFeatures(profile), mirror, index.model, DEFAULT_MATCHING_WEIGHTS).score;
    });
    expect(new Set(mirrored).size).toBeGreaterThan(3);
    expect(Math.max(...mirrored)).toBeLessThan(100);
  });
});
