import fc from 'fast-check';
import { generateParticipants } from '../demo/participants';
import { menteeRow, mentorRow } from './arbitraries';
import { blockingFactor, evidenceOf, meanOf, resolveWeights } from './combine';
import { menteeFeatures, mentorFeatures, type MenteeFeatures } from './features';
import { buildMentorIndex, putMentor, removeMentor, subIndex, type IndexedMentor, type MentorIndex } from './mentor-index';
import { prepareQuery, similarities } from './query';
import { scoreMany, topCandidates, topSuggestions } from './rank';
import { compatibility } from './score';
import { WEIGHT_LEVELS } from '../../../shared/contracts/matching';
import { DEFAULT_MATCHING_WEIGHTS, MATCHING_FACTORS, type MatchingWeights } from './weights';

const mentors = fc.sample(mentorRow, { numRuns: 120, seed: 11 }).map((row, position) => ({
  id: `m${position}`,
  features: mentorFeatures(row),
  canTakeMore: position % 7 !== 0,
}));

describe('topSuggestions', () => {
  it('returns the k best eligible mentors, best first, as full scoring would order them', () => {
    const index = buildMentorIndex(mentors);
    fc.assert(
      fc.property(menteeRow, (row) => {
        const mentee = menteeFeatures(row);
        const top = topSuggestions(mentee, index, 10, DEFAULT_MATCHING_WEIGHTS);
        const scores = top.map((suggestion) => suggestion.compatibility.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        const best = mentors
          .filter((mentor) => mentor.canTakeMore)
          .map((mentor) => compatibility(mentee, mentor.features, index.model, DEFAULT_MATCHING_WEIGHTS).score)
          .sort((a, b) => b - a)
          .slice(0, 10);
        expect(scores).toEqual(best);
        expect(top.every((suggestion) => Number(suggestion.id.slice(1)) % 7 !== 0)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('leaves out mentors blocked by a must factor', () => {
    const index = buildMentorIndex(mentors);
    const mentee = menteeFeatures({ targetIndustries: ['Fintech'], languages: ['English'] });
    const top = topSuggestions(mentee, index, 50, { ...DEFAULT_MATCHING_WEIGHTS, industry: 'must' });
    expect(top.every((suggestion) => suggestion.compatibility.eligible)).toBe(true);
  });
});

/** Every eligible mentor scored one by one, best mean first, the earlier slot first among equals. */
const bruteForce = (mentee: MenteeFeatures, index: MentorIndex, k: number, weights: MatchingWeights) => {
  const query = prepareQuery(mentee, index.model);
  const resolved = resolveWeights(weights);
  const similarity = new Float64Array(MATCHING_FACTORS.length);
  return index.mentors
    .flatMap((mentor, slot) => {
      if (!mentor.canTakeMore) return [];
      similarities(query, mentor.features, similarity);
      if (blockingFactor(query, resolved, similarity) !== undefined) return [];
      return [{ slot, mean: meanOf(evidenceOf(resolved, similarity, { weightedSum: 0, totalWeight: 0 })) }];
    })
    .sort((a, b) => b.mean - a.mean || a.slot - b.slot)
    .slice(0, k)
    .map(({ slot }) => ({ id: index.mentors[slot].id, score: compatibility(mentee, index.mentors[slot].features, index.model, weights).score }));
};

const weightsArbitrary = fc.record(Object.fromEntries(MATCHING_FACTORS.map((factor) => [factor, fc.constantFrom(...WEIGHT_LEVELS)]))) as fc.Arbitrary<MatchingWeights>;

describe('topSuggestions against scoring every mentor', () => {
  // Given demo mentors and generated ones (few distinct values, so many exact ties), with
  // availability varying, and the index then edited: replacements, removals and new mentors
  const demo = generateParticipants({ mentors: 400, mentees: 40, seed: 5, now: new Date('2025-06-01T00:00:00Z') });
  const pool: IndexedMentor[] = [
    ...demo.mentors.map((person, position) => ({ id: `d${position}`, features: mentorFeatures(person.profile), canTakeMore: position % 9 !== 0 })),
    ...mentors,
  ];
  const index = buildMentorIndex(pool.slice(0, 400));
  const edits = fc.sample(fc.tuple(fc.nat(pool.length - 1), fc.nat(pool.length - 1), fc.constantFrom('put', 'put', 'remove')), { numRuns: 900, seed: 3 });
  for (const [target, source, edit] of edits) {
    if (edit === 'remove') removeMentor(index, pool[target].id);
    else putMentor(index, { id: pool[target].id, features: pool[source].features, canTakeMore: (target + source) % 5 !== 0 });
  }
  const mentees = [...demo.mentees.map((person) => menteeFeatures(person.profile)), ...fc.sample(menteeRow, { numRuns: 40, seed: 8 }).map(menteeFeatures)];

  it('returns the same ids and scores, in the same order, for default weights', () => {
    for (const mentee of mentees) {
      const top = topSuggestions(mentee, index, 20, DEFAULT_MATCHING_WEIGHTS);
      expect(top.map(({ id, compatibility: { score } }) => ({ id, score }))).toEqual(bruteForce(mentee, index, 20, DEFAULT_MATCHING_WEIGHTS));
    }
  });

  it('returns the same ids and scores for any weights and k', () => {
    fc.assert(
      fc.property(fc.nat(mentees.length - 1), weightsArbitrary, fc.integer({ min: 0, max: 60 }), (pick, weights, k) => {
        const top = topSuggestions(mentees[pick], index, k, weights);
        expect(top.map(({ id, compatibility: { score } }) => ({ id, score }))).toEqual(bruteForce(mentees[pick], index, k, weights));
      }),
      { numRuns: 150, seed: 21 },
    );
  });

  it('gives bulk matching the same mentors and percentages as the suggestions, by slot', () => {
    fc.assert(
      fc.property(fc.nat(mentees.length - 1), weightsArbitrary, fc.integer({ min: 0, max: 60 }), (pick, weights, k) => {
        const candidates = topCandidates(mentees[pick], index, k, weights);
        const suggestions = topSuggestions(mentees[pick], index, k, weights);
        expect(candidates.map(({ position, score }) => ({ id: index.mentors[position].id, score }))).toEqual(
          suggestions.map(({ id, compatibility: { score } }) => ({ id, score })),
        );
      }),
      { numRuns: 60, seed: 34 },
    );
  });

  it('ranks a cohort of the index (some mentors, in another order) as scoring those mentors one by one', () => {
    const cohortPositions = fc.sample(fc.nat(index.mentors.length - 1), { numRuns: 150, seed: 55 }).filter((position, at, all) => all.indexOf(position) === at);
    const cohort = subIndex(index, cohortPositions);
    expect(cohort.mentors.map((mentor) => mentor.id)).toEqual(cohortPositions.map((position) => index.mentors[position].id));
    for (const mentee of mentees.slice(0, 30)) {
      const expected = bruteForce(mentee, { ...cohort, model: index.model }, 15, DEFAULT_MATCHING_WEIGHTS);
      expect(topSuggestions(mentee, cohort, 15, DEFAULT_MATCHING_WEIGHTS).map(({ id, compatibility: { score } }) => ({ id, score }))).toEqual(expected);
    }
  });

  it('keeps a cohort as it was when the whole index changes later', () => {
    const positions = index.mentors.slice(0, 50).map((_, position) => position);
    const whole = buildMentorIndex(index.mentors);
    const cohort = subIndex(whole, positions);
    const before = topSuggestions(mentees[0], cohort, 10, DEFAULT_MATCHING_WEIGHTS);
    for (const mentor of pool.slice(0, 100)) putMentor(whole, { ...mentor, id: `new-${mentor.id}` });
    expect(topSuggestions(mentees[0], cohort, 10, DEFAULT_MATCHING_WEIGHTS)).toEqual(before);
  });

  it('ranks a rebuilt index like the edited one', () => {
    const rebuilt = buildMentorIndex(index.mentors);
    for (const mentee of mentees.slice(0, 10)) {
      expect(topSuggestions(mentee, rebuilt, 20, DEFAULT_MATCHING_WEIGHTS)).toEqual(topSuggestions(mentee, index, 20, DEFAULT_MATCHING_WEIGHTS));
    }
  });
});

describe('scoreMany', () => {
  it('scores a page in the order given, marking full mentors ineligible', () => {
    const index = buildMentorIndex(mentors);
    const mentee = menteeFeatures({ targetFunctions: ['Product Management'] });
    const page = mentors.slice(0, 8);
    const scored = scoreMany(mentee, page, index.model, DEFAULT_MATCHING_WEIGHTS);
    expect(scored.map((item) => item.id)).toEqual(page.map((mentor) => mentor.id));
    expect(scored[0].compatibility.eligible).toBe(false);
  });
});

describe('the mentor index', () => {
  it('keeps text statistics equal to a rebuild after mentors are replaced and removed', () => {
    const index = buildMentorIndex(mentors.slice(0, 60));
    putMentor(index, { ...mentors[60], id: 'm3' });
    removeMentor(index, 'm10');
    const rebuilt = buildMentorIndex(index.mentors);
    expect(index.model.documentCount).toBe(rebuilt.model.documentCount);
    expect(index.model.averageLength).toBeCloseTo(rebuilt.model.averageLength);
    const word = mentors[60].features.document.words[0];
    if (word !== undefined) expect(index.model.idf(word)).toBeCloseTo(rebuilt.model.idf(word));
    expect(index.mentors.map((mentor) => index.positions.get(mentor.id))).toEqual(index.mentors.map((_, position) => position));
  });
});
