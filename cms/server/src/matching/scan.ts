import { MATCHING_FACTORS } from '../../../shared/contracts/matching';
import { PRIOR, PRIOR_WEIGHT } from './calibration';
import { blockingFactor, evidenceOf, meanOf, type ResolvedWeights } from './combine';
import type { Catalog } from './catalog';
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
import { TopHeap } from './top-heap';
import { waitingRoom } from './waiting-room';

/**
 * Bounds add the same terms as the exact mean in another order, so they can land an ulp below
 * it; this margin keeps rounding from ruling out a mentor who would tie or beat the threshold.
 */
const ROUNDING_MARGIN = 1e-9;

const PRIOR_SUM = PRIOR_WEIGHT * PRIOR;

/**
 * The per-query tables of a scan (a number per catalog entry), kept from one scan to the next:
 * scans run one at a time, synchronously, and nothing they fill outlives them. Allocated afresh,
 * they made garbage collection a sixth of a bulk run. Entries past the catalog's size are stale
 * and never read.
 */
const kept: Float64Array[] = [];
let nextTable = 0;

const table = (length: number): Float64Array => {
  const which = nextTable;
  nextTable += 1;
  const held = kept[which];
  if (held && held.length >= length) return held;
  kept[which] = new Float64Array(Math.max(64, 2 * length));
  return kept[which];
};

/** A factor's similarity for each value of a catalog. */
const scoresOf = <T>(catalog: Catalog<T>, score: (value: T) => number): Float64Array => {
  const out = table(catalog.size);
  for (let number = 0; number < catalog.size; number += 1) out[number] = score(catalog.at(number));
  return out;
};

/** Per catalog number, a factor's weighted similarity and its weight as `evidenceOf` counts them (0, 0 when off or unjudgeable). */
interface Weighed {
  sum: Float64Array;
  weight: Float64Array;
}

const weighed = (similarity: Float64Array, size: number, weight: number): Weighed => {
  const sum = table(size);
  const counted = table(size);
  for (let number = 0; number < size; number += 1) {
    const value = similarity[number];
    const judged = weight !== 0 && !Number.isNaN(value);
    sum[number] = judged ? weight * value : 0;
    counted[number] = judged ? weight : 0;
  }
  return { sum, weight: counted };
};

/**
 * Offers every eligible mentor of the index to `heap` by the mean `judge` would compute, cheapest
 * evidence first. Everything a catalog holds is scored once per query: the five small factors by
 * background, industry and function coverage by term set. A mentor is dropped as soon as full
 * marks on what is left could not beat the k-th best mean already known to be reached: after the
 * background (terms and text at full), after industries and functions (expertise and text at
 * full), after expertise (text at full). Text, the dearest factor, is scored last, for the
 * survivors in order of their upper bound, and stops as soon as no bound left can enter the heap.
 */
export const scanMentors = (query: MenteeQuery, weights: ResolvedWeights, index: MentorIndex, heap: TopHeap): void => {
  const { mentee } = query;
  const { columns, mentors } = index;
  const { open, background, industrySet, functionSet, documentLength, expertiseBounds, expertise } = columns;
  const weight = weights.values;

  nextTable = 0;
  const { schoolings, places, languageSets, backgrounds, industrySets, functionSets } = columns;
  const program = scoresOf(schoolings, (value) => programSimilarity(mentee, value));
  const location = scoresOf(places, (value) => locationSimilarity(mentee, value));
  const timezone = scoresOf(places, (value) => timezoneSimilarity(mentee, value));
  const meeting = scoresOf(places, (value) => meetingSimilarity(mentee, value));
  const language = scoresOf(languageSets, (value) => languageSimilarity(mentee, value));
  const byProgram = weighed(program, schoolings.size, weight[FACTOR_INDEX.program]);
  const byLocation = weighed(location, places.size, weight[FACTOR_INDEX.location]);
  const byTimezone = weighed(timezone, places.size, weight[FACTOR_INDEX.timezone]);
  const byLanguage = weighed(language, languageSets.size, weight[FACTOR_INDEX.language]);
  const byMeeting = weighed(meeting, places.size, weight[FACTOR_INDEX.meeting]);
  // The five small factors of each background at once.
  const smallSum = table(backgrounds.size);
  const smallWeight = table(backgrounds.size);
  for (let number = 0; number < backgrounds.size; number += 1) {
    const { place, languages, schooling } = backgrounds.at(number);
    smallSum[number] = byProgram.sum[schooling] + byLocation.sum[place] + byTimezone.sum[place] + byLanguage.sum[languages] + byMeeting.sum[place];
    smallWeight[number] =
      byProgram.weight[schooling] + byLocation.weight[place] + byTimezone.weight[place] + byLanguage.weight[languages] + byMeeting.weight[place];
  }
  const industries = scoresOf(industrySets, (terms) => coverage(query.industries, terms));
  const functions = scoresOf(functionSets, (terms) => coverage(query.functions, terms));
  const industry = weighed(industries, industrySets.size, weight[FACTOR_INDEX.industry]);
  const functionWeighed = weighed(functions, functionSets.size, weight[FACTOR_INDEX.function]);

  const textWeight = query.bestText > 0 ? weight[FACTOR_INDEX.text] : 0;
  // Term factors are judged whenever the mentee lists something, whatever the mentor holds.
  const expertiseCeiling = query.interests.enough > 0 ? weight[FACTOR_INDEX.goals_expertise] : 0;
  const termCeiling =
    expertiseCeiling +
    (query.industries.enough > 0 ? weight[FACTOR_INDEX.industry] : 0) +
    (query.functions.enough > 0 ? weight[FACTOR_INDEX.function] : 0);

  const similarity = new Float64Array(MATCHING_FACTORS.length);
  const evidence = { weightedSum: 0, totalWeight: 0 };
  /** Fills `similarity` for a slot from the tables, text unscored (NaN). */
  const fill = (slot: number, expertiseSimilarity: number): void => {
    similarity[FACTOR_INDEX.goals_expertise] = expertiseSimilarity;
    similarity[FACTOR_INDEX.industry] = industries[industrySet[slot]];
    similarity[FACTOR_INDEX.function] = functions[functionSet[slot]];
    similarity[FACTOR_INDEX.text] = Number.NaN;
    const { place, languages, schooling } = backgrounds.at(background[slot]);
    similarity[FACTOR_INDEX.program] = program[schooling];
    similarity[FACTOR_INDEX.location] = location[place];
    similarity[FACTOR_INDEX.timezone] = timezone[place];
    similarity[FACTOR_INDEX.language] = language[languages];
    similarity[FACTOR_INDEX.meeting] = meeting[place];
  };
  const blocked = (): boolean => weights.must.length > 0 && blockingFactor(query, weights, similarity) !== undefined;
  // A `must` on text can only be judged once text is scored: until then a mentor's lower bound
  // does not show they are eligible.
  const textDecidesEligibility = weights.must.includes(FACTOR_INDEX.text);

  // First pass: every factor but text. Mentors without text to score are offered as they are;
  // the others wait with their upper bound (text at full marks), and their lower bound (text at
  // nothing) raises `floor`, the k-th best mean known to be reached, below which nobody can rank.
  const floor = new TopHeap(heap.capacity);
  const waiting = waitingRoom(mentors.length);
  for (let slot = 0; slot < mentors.length; slot += 1) {
    if (open[slot] === 0) continue;
    const threshold = Math.max(floor.threshold, heap.threshold) - ROUNDING_MARGIN;
    const text = documentLength[slot] > 0 ? textWeight : 0;
    const kind = background[slot];
    let sum = smallSum[kind] + PRIOR_SUM;
    let total = smallWeight[kind] + PRIOR_WEIGHT;
    if ((sum + termCeiling + text) / (total + termCeiling + text) <= threshold) continue;

    const industryKind = industrySet[slot];
    const functionKind = functionSet[slot];
    sum += industry.sum[industryKind] + functionWeighed.sum[functionKind];
    total += industry.weight[industryKind] + functionWeighed.weight[functionKind];
    if ((sum + expertiseCeiling + text) / (total + expertiseCeiling + text) <= threshold) continue;

    const expertiseSimilarity = coverage(query.interests, expertise, expertiseBounds[2 * slot], expertiseBounds[2 * slot + 1]);
    if (!Number.isNaN(expertiseSimilarity)) {
      sum += weight[FACTOR_INDEX.goals_expertise] * expertiseSimilarity;
      total += weight[FACTOR_INDEX.goals_expertise];
    }
    if ((sum + text) / (total + text) <= threshold) continue;
    if (weights.must.length > 0) {
      fill(slot, expertiseSimilarity);
      // Full marks on text cannot block, so this asks only the other `must` factors.
      similarity[FACTOR_INDEX.text] = 1;
      if (blocked()) continue;
    }
    if (text === 0) {
      fill(slot, expertiseSimilarity);
      if (blocked()) continue;
      const mean = meanOf(evidenceOf(weights, similarity, evidence));
      heap.offer(mean, slot);
      floor.offer(mean, slot);
      continue;
    }
    // Text at nothing: a mean this mentor is sure to reach (up to rounding, which the margin absorbs).
    if (!textDecidesEligibility) floor.offer(sum / (total + text), slot);
    waiting.add(slot, (sum + text) / (total + text), expertiseSimilarity);
  }

  // Second pass: text for the waiting mentors, best upper bound first, until the heap's threshold
  // is above every bound left.
  waiting.order();
  while (waiting.size > 0) {
    const next = waiting.take();
    if (waiting.upperOf(next) <= heap.threshold - ROUNDING_MARGIN) break;
    const slot = waiting.slotOf(next);
    fill(slot, waiting.expertiseOf(next));
    similarity[FACTOR_INDEX.text] = textSimilarity(query, mentors[slot].features);
    if (blocked()) continue;
    heap.offer(meanOf(evidenceOf(weights, similarity, evidence)), slot);
  }
};
