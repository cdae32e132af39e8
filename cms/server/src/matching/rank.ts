import { MATCHING_FACTORS, type MatchingWeights } from '../../../shared/contracts/matching';
import { blockingFactor, evidenceOf, meanOf, resolveWeights } from './combine';
import type { MenteeFeatures } from './features';
import type { IndexedMentor, MentorIndex } from './mentor-index';
import { shrunkMean } from './calibration';
import { FACTOR_INDEX, prepareQuery, similaritiesBeforeText, textSimilarity } from './query';
import { judge, type Compatibility } from './score';
import { TopHeap } from './top-heap';
import type { TextModel } from './text-model';

export interface Suggestion {
  id: string;
  compatibility: Compatibility;
}

/**
 * The k mentors most compatible with a mentee, best first, among those who can take more and
 * pass every `must`. The loop keeps only the underlying mean (the percentage curve is
 * increasing, so the order is the same) and explains just the k it returns.
 */
export const topSuggestions = (mentee: MenteeFeatures, index: MentorIndex, k: number, weights: MatchingWeights): Suggestion[] => {
  const query = prepareQuery(mentee, index.model);
  const resolved = resolveWeights(weights);
  const similarity = new Float64Array(MATCHING_FACTORS.length);
  const evidence = { weightedSum: 0, totalWeight: 0 };
  const heap = new TopHeap(Math.max(0, Math.floor(k)));
  const { mentors } = index;
  const textWeight = resolved.values[FACTOR_INDEX.text];
  for (let position = 0; position < mentors.length; position += 1) {
    const mentor = mentors[position];
    if (!mentor.canTakeMore || heap.capacity === 0) continue;
    similaritiesBeforeText(query, mentor.features, similarity);
    if (textWeight > 0 && query.bestText > 0 && mentor.features.document.length > 0) {
      // The mean rises with text similarity, so a perfect text match bounds what this mentor can reach.
      evidenceOf(resolved, similarity, evidence);
      const best = shrunkMean(evidence.weightedSum + textWeight, evidence.totalWeight + textWeight);
      if (best <= heap.threshold) continue;
      similarity[FACTOR_INDEX.text] = textSimilarity(query, mentor.features);
    }
    if (resolved.must.length > 0 && blockingFactor(query, resolved, similarity) !== undefined) continue;
    heap.offer(meanOf(evidenceOf(resolved, similarity, evidence)), position);
  }
  return heap.drain().map((position) => ({ id: mentors[position].id, compatibility: judge(query, mentors[position].features, resolved) }));
};

/** Full verdicts for a page of mentor cards, in the order given. */
export const scoreMany = (mentee: MenteeFeatures, mentors: readonly IndexedMentor[], model: TextModel, weights: MatchingWeights): Suggestion[] => {
  const query = prepareQuery(mentee, model);
  const resolved = resolveWeights(weights);
  return mentors.map((mentor) => ({ id: mentor.id, compatibility: judge(query, mentor.features, resolved, mentor.canTakeMore) }));
};
