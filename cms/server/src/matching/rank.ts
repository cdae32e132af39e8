import type { MatchingWeights } from '../../../shared/contracts/matching';
import { resolveWeights } from './combine';
import type { MenteeFeatures } from './features';
import type { IndexedMentor, MentorIndex } from './mentor-index';
import { prepareQuery } from './query';
import { scanMentors } from './scan';
import { judge, type Compatibility } from './score';
import { TopHeap } from './top-heap';
import type { TextModel } from './text-model';

export interface Suggestion {
  id: string;
  compatibility: Compatibility;
}

/**
 * The k mentors most compatible with a mentee, best first, among those who can take more and
 * pass every `must`. The scan keeps only the underlying mean (the percentage curve is
 * increasing, so the order is the same) and explains just the k it returns.
 */
export const topSuggestions = (mentee: MenteeFeatures, index: MentorIndex, k: number, weights: MatchingWeights): Suggestion[] => {
  const heap = new TopHeap(Math.max(0, Math.floor(k)));
  if (heap.capacity === 0) return [];
  const query = prepareQuery(mentee, index.model);
  const resolved = resolveWeights(weights);
  scanMentors(query, resolved, index, heap);
  const { mentors } = index;
  return heap.drain().map((position) => ({ id: mentors[position].id, compatibility: judge(query, mentors[position].features, resolved) }));
};

/** Full verdicts for a page of mentor cards, in the order given. */
export const scoreMany = (mentee: MenteeFeatures, mentors: readonly IndexedMentor[], model: TextModel, weights: MatchingWeights): Suggestion[] => {
  const query = prepareQuery(mentee, model);
  const resolved = resolveWeights(weights);
  return mentors.map((mentor) => ({ id: mentor.id, compatibility: judge(query, mentor.features, resolved, mentor.canTakeMore) }));
};
