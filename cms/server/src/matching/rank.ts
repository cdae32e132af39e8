import type { MatchingWeights } from '../../../shared/contracts/matching';
import { percentOf } from './calibration';
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

/** The scan's best k (slot and mean, best first) with the prepared query and weights, for wording them after. */
const ranked = (mentee: MenteeFeatures, index: MentorIndex, k: number, weights: MatchingWeights) => {
  const heap = new TopHeap(Math.max(0, Math.floor(k)));
  const query = prepareQuery(mentee, index.model);
  const resolved = resolveWeights(weights);
  if (heap.capacity > 0) scanMentors(query, resolved, index, heap);
  return { query, resolved, best: heap.drainEntries() };
};

/**
 * The k mentors most compatible with a mentee, best first, among those who can take more and
 * pass every `must`. The scan keeps only the underlying mean (the percentage curve is
 * increasing, so the order is the same) and explains just the k it returns.
 */
export const topSuggestions = (mentee: MenteeFeatures, index: MentorIndex, k: number, weights: MatchingWeights): Suggestion[] => {
  const { query, resolved, best } = ranked(mentee, index, k, weights);
  return best.map(({ position }) => ({ id: index.mentors[position].id, compatibility: judge(query, index.mentors[position].features, resolved) }));
};

/** A mentor of the index by slot, with the percentage a mentee would see: what bulk matching needs. */
export interface Candidate {
  position: number;
  score: number;
}

/**
 * The same k mentors as `topSuggestions`, in the same order, by slot and percentage only: bulk
 * matching ranks every mentee of a cohort and needs no explanations, which cost more than the
 * ranking when k is large.
 */
export const topCandidates = (mentee: MenteeFeatures, index: MentorIndex, k: number, weights: MatchingWeights): Candidate[] =>
  ranked(mentee, index, k, weights).best.map(({ position, value }) => ({ position, score: percentOf(value) }));

/** Full verdicts for a page of mentor cards, in the order given. */
export const scoreMany = (mentee: MenteeFeatures, mentors: readonly IndexedMentor[], model: TextModel, weights: MatchingWeights): Suggestion[] => {
  const query = prepareQuery(mentee, model);
  const resolved = resolveWeights(weights);
  return mentors.map((mentor) => ({ id: mentor.id, compatibility: judge(query, mentor.features, resolved, mentor.canTakeMore) }));
};
