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
  /** Absent from runs made before greedy totals were recorded. */
  greedy?: GreedyTotals;
}

/** A proposal's id: `<mentee documentId>:<mentor documentId>`. */
const PROPOSAL_ID = /^[a-z0-9]{1,64}:[a-z0-9]{1,64}$/;

/** POST /mentoring/matching-runs/:id/release */
export const releaseProposalsSchema = z.strictObject({
  proposals: z
    .array(z.string({ error: 'must be a proposal id (menteeId:mentorId)' }).regex(PROPOSAL_ID, { error: 'must be a proposal id (menteeId:mentorId)' }), {
      error: 'must be a list of proposal ids',
    })
    .min(1, { error: 'must name at least one proposal' })
    .max(5000, { error: 'must name at most 5000 proposals' }),
});

export type ReleaseProposals = z.infer<typeof releaseProposalsSchema>;

/**
 * Where a released proposal stands: waiting for both sides (`proposed`), moved on as an accepted
 * request would (`awaiting_approval`, `active`, then `completed`), `declined` by a side, `expired`
 * unconfirmed, or `ended` some other way (after it started, or because the mentor left).
 */
export type ReleaseStateName = 'proposed' | 'awaiting_approval' | 'active' | 'completed' | 'declined' | 'expired' | 'ended';

export interface ProposalRelease {
  /** The documentId of the connection the release opened. */
  connection: string;
  state: ReleaseStateName;
  confirmedByMentee: boolean;
  confirmedByMentor: boolean;
  respondBy: string | null;
  releasedAt: string;
  endReason: string | null;
}

/** A proposal in GET /mentoring/matching-runs/:id: `release` is null until staff release it. */
export type MatchingProposalView = MatchingProposal & { release: ProposalRelease | null };

/** The totals of a greedy assignment (best score first, respecting capacity), to compare with the optimum. */
export interface GreedyTotals {
  matched: number;
  totalScore: number;
}

export type MatchingRunStatus = 'queued' | 'running' | 'completed' | 'failed';
export type MatchingObjective = StartMatchingRun['objective'];

export interface MatchingRunView {
  id: string;
  status: MatchingRunStatus;
  /** 0..1, the job's own progress. */
  progress: number;
  objective: MatchingObjective;
  program: { documentId: string; name: string } | null;
  summary: MatchingRunSummary | null;
  error?: string;
  /** When completed. */
  proposals?: MatchingProposalView[];
  createdAt: string;
}

/** GET /mentoring/matching-runs: the recent runs (without proposals) and the programs to run one for. */
export interface MatchingRunList {
  data: (Omit<MatchingRunView, 'proposals'> & { released: number })[];
  programs: { documentId: string; name: string; startDate: string; endDate: string | null; current: boolean }[];
}

/** POST /mentoring/matching-runs/:id/release → 200. */
export interface ReleaseResult {
  released: { proposal: string; connection: { documentId: string; status: string; respondBy: string | null }; alreadyReleased: boolean }[];
  refused: { proposal: string; code: string; message: string }[];
}
