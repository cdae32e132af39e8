/**
 * Bulk assignment of mentees to mentors as a bipartite b-matching.
 * Mentees are 0..menteeCount-1, mentors 0..mentorCount-1; filters and exclusions
 * (declined, already connected) are edges that are simply absent from the graph.
 */

/** 'max_matched_then_score' is lexicographic: the most pairs first, then the best total score among those. */
export type Objective = 'max_score' | 'max_matched_then_score';

/** Candidates per mentee in CSR form: mentee i's edges are offsets[i]..offsets[i+1]-1. */
export interface CandidateGraph {
  readonly menteeCount: number;
  readonly mentorCount: number;
  /** Free places per mentor, integer ≥ 1. */
  readonly capacity: Int32Array;
  /** Length menteeCount + 1, non-decreasing, offsets[0] = 0. */
  readonly offsets: Int32Array;
  readonly mentors: Int32Array;
  /** Integer compatibility ≥ 0, one per edge. */
  readonly scores: Int32Array;
}

/**
 * LP dual of max Σ w·x subject to Σ_j x_ij ≤ 1, Σ_i x_ij ≤ capacity_j, x ≥ 0:
 * minimise Σ U_i + Σ capacity_j·V_j with U_i + V_j ≥ w_ij and U, V ≥ 0.
 * Any feasible dual bounds every assignment; equality with the primal proves optimality.
 */
export interface OptimalityCertificate {
  readonly menteePotential: Float64Array;
  readonly mentorPotential: Float64Array;
  /** Added to every edge's score to form w_ij; 0 for 'max_score'. */
  readonly pairBonus: number;
  /** Σ U_i + Σ capacity_j·V_j; equals the weighted primal value when optimal. */
  readonly dualObjective: number;
}

export interface AssignmentResult {
  /** Mentor of each mentee, −1 when unmatched. */
  readonly mentorOf: Int32Array;
  readonly totalScore: number;
  readonly matchedCount: number;
  readonly objective: Objective;
  readonly certificate: OptimalityCertificate;
}

/** The compatibility of any mentee–mentor pair outside the candidate graph; null when a filter forbids it. */
export type PairScore = (mentee: number, mentor: number) => number | null;
