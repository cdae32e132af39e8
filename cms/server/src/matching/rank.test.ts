import fc from 'fast-check';
import { menteeRow, mentorRow } from './arbitraries';
import { menteeFeatures, mentorFeatures } from './features';
import { buildMentorIndex, putMentor, removeMentor } from './mentor-index';
import { scoreMany, topSuggestions } from './rank';
import { compatibility } from './score';
import { DEFAULT_MATCHING_WEIGHTS } from './weights';

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
