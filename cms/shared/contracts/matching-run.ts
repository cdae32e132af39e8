import { z } from 'zod';

/** POST /mentoring/matching-runs */
export const startMatchingRunSchema = z.strictObject({
  program: z.string({ error: 'must be the documentId of a program' }).min(1, { error: 'must be the documentId of a program' }),
  objective: z
    .enum(['max_matched_then_score', 'max_score'], { error: 'must be max_matched_then_score or max_score' })
    .default('max_matched_then_score'),
});

export type StartMatchingRun = z.infer<typeof startMatchingRunSchema>;

export interface MatchingProposal {
  id: string;
  mentee: { documentId: string; fullName: string };
  mentor: { documentId: string; fullName: string };
  compatibility: number;
  reasons: { factor: string; detail: string }[];
}

export interface MatchingRunSummary {
  mentees: number;
  mentors: number;
  slots: number;
  matched: number;
  totalScore: number;
  /** True when the assignment is proven optimal over every eligible pair, not only the top candidates. */
  certified: boolean;
  rounds: number;
  seconds: number;
}
