import fc from 'fast-check';
import { MATCHING_FACTORS, WEIGHT_LEVELS, type MatchingWeights } from '../../../shared/contracts/matching';
import { EXPERTISE_LABELS, menteeRow, mentorRow } from './arbitraries';
import { topReasons } from './explain';
import { menteeFeatures, mentorFeatures } from './features';
import { percentOf, shrunkMean } from './calibration';
import { compatibility, type FactorResult } from './score';
import { TextModel } from './text-model';
import { DEFAULT_MATCHING_WEIGHTS, LEVEL_WEIGHT, MUST_THRESHOLD } from './weights';

const weightsArbitrary = fc.record(Object.fromEntries(MATCHING_FACTORS.map((factor) => [factor, fc.constantFrom(...WEIGHT_LEVELS)]))) as fc.Arbitrary<MatchingWeights>;
const factorArbitrary = fc.constantFrom(...MATCHING_FACTORS);

/** One corpus for every property: the demo-like rows above, so idf values are realistic. */
const model = new TextModel(fc.sample(mentorRow, { numRuns: 200, seed: 7 }).map((row) => mentorFeatures(row).document));

const score = (mentee: Record<string, unknown>, mentor: Record<string, unknown>, weights: MatchingWeights = DEFAULT_MATCHING_WEIGHTS) =>
  compatibility(menteeFeatures(mentee), mentorFeatures(mentor), model, weights);

describe('compatibility', () => {
  it('is a whole number from 0 to 100', () => {
    fc.assert(
      fc.property(menteeRow, mentorRow, weightsArbitrary, (mentee, mentor, weights) => {
        const { score: value } = score(mentee, mentor, weights);
        expect(Number.isInteger(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never drops when the mentor adds an expertise the mentee wants', () => {
    fc.assert(
      fc.property(menteeRow, mentorRow, weightsArbitrary, fc.nat(), (mentee, mentor, weights, pick) => {
        // Given a wanted topic (or any topic when the mentee lists none)
        const wanted = mentee.interests.length > 0 ? mentee.interests[pick % mentee.interests.length] : EXPERTISE_LABELS[pick % EXPERTISE_LABELS.length];
        // When the mentor adds it
        const before = score(mentee, mentor, weights);
        const after = score(mentee, { ...mentor, expertise: [...mentor.expertise, wanted] }, weights);
        // Then the score does not fall
        expect(after.score).toBeGreaterThanOrEqual(before.score);
      }),
    );
  });

  it('rules out a pair when a must factor falls below the threshold, and only then', () => {
    fc.assert(
      fc.property(menteeRow, mentorRow, factorArbitrary, (mentee, mentor, factor) => {
        const open = score(mentee, mentor, { ...DEFAULT_MATCHING_WEIGHTS, [factor]: 'high' });
        const required = score(mentee, mentor, { ...DEFAULT_MATCHING_WEIGHTS, [factor]: 'must' });
        const judged = open.factors.find((result) => result.factor === factor);
        if (judged && judged.similarity < MUST_THRESHOLD) {
          expect(required).toMatchObject({ eligible: false, blockedBy: factor, score: 0 });
        }
        if (required.eligible) expect(required.score).toBe(open.score);
        else expect(required.blockedBy).toBe(factor);
      }),
    );
  });

  it('ignores a factor set to off entirely', () => {
    fc.assert(
      fc.property(menteeRow, mentorRow, weightsArbitrary, factorArbitrary, (mentee, mentor, chosen, factor) => {
        // Given staff weights with this factor off
        const weights = { ...chosen, [factor]: 'off' as const };
        // When the pair is scored
        const result = score(mentee, mentor, weights);
        // Then the factor is absent, never a reason, and the score is what the other factors alone give
        expect(result.factors.map((item) => item.factor)).not.toContain(factor);
        expect(topReasons(result).map((reason) => reason.factor)).not.toContain(factor);
        if (result.eligible) {
          const weightOf = (item: FactorResult) => LEVEL_WEIGHT[weights[item.factor]];
          const sum = result.factors.reduce((total, item) => total + weightOf(item) * item.similarity, 0);
          const total = result.factors.reduce((acc, item) => acc + weightOf(item), 0);
          expect(result.score).toBe(percentOf(shrunkMean(sum, total)));
        }
      }),
    );
  });

  it('keeps rising past three wanted topics, and counts a listed topic above one the goals only mention', () => {
    const topics = EXPERTISE_LABELS.slice(0, 5);
    const similarity = (mentee: Record<string, unknown>, expertise: string[]) =>
      score(mentee, { expertise }).factors.find((item) => item.factor === 'goals_expertise')?.similarity ?? Number.NaN;
    const listsFive = { interests: topics };
    // Three of five is enough for most of the marks; all five earns them all.
    expect(similarity(listsFive, topics.slice(0, 3))).toBeGreaterThan(0.6);
    expect(similarity(listsFive, topics.slice(0, 4))).toBeGreaterThan(similarity(listsFive, topics.slice(0, 3)));
    expect(similarity(listsFive, topics)).toBe(1);
    // Fundraising is listed, negotiation only named in the goals.
    const mentee = { interests: ['Fundraising', 'Valuation'], careerGoals: 'Grow as a manager of people and learn negotiation.' };
    expect(similarity(mentee, ['Fundraising'])).toBeGreaterThan(similarity(mentee, ['Negotiation']));
  });

  it('is not confident about an empty profile', () => {
    expect(score({}, { expertise: ['Fundraising'] }).confident).toBe(false);
    expect(score({ targetIndustries: ['Fintech'] }, {}).confident).toBe(false);
  });

  it('explains only with factors that contributed', () => {
    fc.assert(
      fc.property(menteeRow, mentorRow, weightsArbitrary, (mentee, mentor, weights) => {
        const result = score(mentee, mentor, weights);
        for (const reason of topReasons(result)) {
          const factor = result.factors.find((item) => item.factor === reason.factor);
          expect(factor?.contribution).toBeGreaterThan(0);
          expect(weights[reason.factor]).not.toBe('off');
        }
      }),
    );
  });
});
