import { MATCHING_FACTORS } from '../../../shared/contracts/matching';
import { shrunkMean } from './calibration';
import { blockingFactor, evidenceOf, meanOf, type ResolvedWeights } from './combine';
import { BOUNDS_PER_SLOT } from './mentor-columns';
import type { MentorIndex } from './mentor-index';
import {
  FACTOR_INDEX,
  coverage,
  languageSimilarity,
  locationSimilarity,
  meetingSimilarity,
  programSimilarity,
  textSimilarity,
  timezoneSimilarity,
  type MenteeQuery,
} from './query';
import type { TopHeap } from './top-heap';

/**
 * Bounds add the same terms as the exact mean in another order, so they can land an ulp below
 * it; this margin keeps rounding from ruling out a mentor who would tie or beat the threshold.
 */
const ROUNDING_MARGIN = 1e-9;

/** Adds a factor to running totals the way `evidenceOf` counts it: not when off or unjudgeable. */
const addTo = (totals: { sum: number; weight: number }, weight: number, value: number): void => {
  if (weight === 0 || Number.isNaN(value)) return;
  totals.sum += weight * value;
  totals.weight += weight;
};

/**
 * Offers every eligible mentor of the index to `heap` by the mean `judge` would compute, cheapest
 * evidence first. The small factors are table reads (each catalog entry scored once for this
 * mentee); if even full marks on the term factors and text could not beat the heap's threshold
 * the mentor is dropped before their terms are read, and again before their text is scored.
 */
export const scanMentors = (query: MenteeQuery, weights: ResolvedWeights, index: MentorIndex, heap: TopHeap): void => {
  const { mentee } = query;
  const { columns, mentors } = index;
  const { open, place, languages, schooling, documentLength, termBounds, terms } = columns;
  const programScore = columns.schoolings.scores((value) => programSimilarity(mentee, value));
  const locationScore = columns.places.scores((value) => locationSimilarity(mentee, value));
  const timezoneScore = columns.places.scores((value) => timezoneSimilarity(mentee, value));
  const meetingScore = columns.places.scores((value) => meetingSimilarity(mentee, value));
  const languageScore = columns.languageSets.scores((value) => languageSimilarity(mentee, value));

  const weight = weights.values;
  const textWeight = query.bestText > 0 ? weight[FACTOR_INDEX.text] : 0;
  // Term factors are judged whenever the mentee lists something, whatever the mentor holds.
  const termTables = [query.interests, query.industries, query.functions];
  const termCeiling = termTables.reduce((sum, table, factor) => (table.enough > 0 ? sum + weight[factor] : sum), 0);

  const similarity = new Float64Array(MATCHING_FACTORS.length);
  const evidence = { weightedSum: 0, totalWeight: 0 };
  const small = { sum: 0, weight: 0 };
  for (let slot = 0; slot < mentors.length; slot += 1) {
    if (open[slot] === 0) continue;
    const where = place[slot];
    similarity[FACTOR_INDEX.program] = programScore[schooling[slot]];
    similarity[FACTOR_INDEX.location] = locationScore[where];
    similarity[FACTOR_INDEX.timezone] = timezoneScore[where];
    similarity[FACTOR_INDEX.language] = languageScore[languages[slot]];
    similarity[FACTOR_INDEX.meeting] = meetingScore[where];
    small.sum = 0;
    small.weight = 0;
    for (let factor = FACTOR_INDEX.program; factor <= FACTOR_INDEX.meeting; factor += 1) addTo(small, weight[factor], similarity[factor]);
    const text = documentLength[slot] > 0 ? textWeight : 0;
    const threshold = heap.threshold - ROUNDING_MARGIN;
    if (shrunkMean(small.sum + termCeiling + text, small.weight + termCeiling + text) <= threshold) continue;

    const bounds = BOUNDS_PER_SLOT * slot;
    similarity[FACTOR_INDEX.goals_expertise] = coverage(query.interests, terms, termBounds[bounds], termBounds[bounds + 1]);
    similarity[FACTOR_INDEX.industry] = coverage(query.industries, terms, termBounds[bounds + 1], termBounds[bounds + 2]);
    similarity[FACTOR_INDEX.function] = coverage(query.functions, terms, termBounds[bounds + 2], termBounds[bounds + 3]);
    similarity[FACTOR_INDEX.text] = Number.NaN;
    if (text > 0) {
      evidenceOf(weights, similarity, evidence);
      if (shrunkMean(evidence.weightedSum + text, evidence.totalWeight + text) <= threshold) continue;
      similarity[FACTOR_INDEX.text] = textSimilarity(query, mentors[slot].features);
    }
    if (weights.must.length > 0 && blockingFactor(query, weights, similarity) !== undefined) continue;
    heap.offer(meanOf(evidenceOf(weights, similarity, evidence)), slot);
  }
};
