import type { Objective } from './types';

/**
 * The bonus B added to every matched pair's score turns 'most matched, then best score' into one weighted problem.
 *
 * Why B = menteeCount·maxScore + 1 is enough: take assignments X with k+1 pairs and Y with k pairs (k < menteeCount).
 * Scores are ≥ 0 and ≤ maxScore, so W(X) = (k+1)·B + S(X) ≥ (k+1)·B, while W(Y) = k·B + S(Y) ≤ k·B + k·maxScore < (k+1)·B.
 * Hence any maximiser of W has the most pairs, and among equal counts W differs from the score only by k·B.
 */
export function pairBonusFor(objective: Objective, menteeCount: number, maxScore: number): number {
  return objective === 'max_score' ? 0 : menteeCount * maxScore + 1;
}
