import { z } from 'zod';
import type { MatchingFactor } from './matching';
import { MAX_REASON } from './requests';

/**
 * Staff approvals (admin API): the queue of connections awaiting approval and of mentor profiles
 * awaiting review, and the decisions on them, one by one or in bulk. One definition serves the
 * server (validation, response shape) and the admin's Approvals panel.
 */

export const APPROVAL_DECISIONS = ['approve', 'reject'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

/** The most items one bulk decision takes: a page of the queue, decided in one go. */
export const MAX_BULK_DECISIONS = 100;

const documentId = z
  .string({ error: 'must be a documentId' })
  .trim()
  .min(1, { error: 'must be a documentId' })
  .max(64, { error: 'must be a documentId' });

const note = z
  .string({ error: 'must be text' })
  .trim()
  .max(MAX_REASON, { error: `must be at most ${MAX_REASON} characters` })
  .nullable()
  .optional();

/** POST /mentoring/approvals/bulk and /mentoring/approvals/mentors/bulk */
export const bulkDecisionSchema = z.strictObject({
  ids: z
    .array(documentId, { error: 'must be a list of documentIds' })
    .min(1, { error: 'must name at least one item' })
    .max(MAX_BULK_DECISIONS, { error: `must name at most ${MAX_BULK_DECISIONS} items` })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'must not name an item twice' }),
  decision: z.enum(APPROVAL_DECISIONS, { error: `must be one of ${APPROVAL_DECISIONS.join(', ')}` }),
  note,
});

export type BulkDecisionInput = z.infer<typeof bulkDecisionSchema>;

/** A place, as staff need it to judge a pair: no street, no time zone. */
export interface Place {
  city: string | null;
  country: string | null;
}

/** The student's essentials: who they are, what they study and what they look for. */
export interface MenteeEssentials {
  documentId: string;
  fullName: string;
  headline: string | null;
  academicProgram: string | null;
  graduationYear: number | null;
  interests: string[];
  targetIndustries: string[];
  targetFunctions: string[];
  meetingPreference: string | null;
  place: Place | null;
}

/** The mentor's essentials: their current role, what they know and where they are. */
export interface MentorEssentials {
  documentId: string;
  fullName: string;
  headline: string | null;
  currentRole: { title: string; organization: string } | null;
  industries: string[];
  functions: string[];
  expertise: string[];
  place: Place | null;
  availability: string | null;
}

/** The places a mentor's connections hold (running and awaiting approval) against its capacity (null: no limit). */
export interface MentorLoad {
  held: number;
  capacity: number | null;
}

/**
 * How a mentor has answered requests so far, over every request it received: accepted ÷ (accepted
 * + declined + expired), and the median time from request to answer over the answered ones.
 */
export interface ResponseRecord {
  received: number;
  accepted: number;
  declined: number;
  expired: number;
  acceptRate: number | null;
  medianResponseHours: number | null;
}

export interface ApprovalCompatibility {
  /** 0–100, under the pair's program weights, as the mentee saw it. */
  score: number;
  confident: boolean;
  reasons: { factor: MatchingFactor; detail: string }[];
}

export interface PendingConnection {
  documentId: string;
  createdAt: string | null;
  endsAt: string | null;
  program: { documentId: string; name: string | null } | null;
  mentee: MenteeEssentials | null;
  mentor: (MentorEssentials & { load: MentorLoad; responses: ResponseRecord }) | null;
  compatibility: ApprovalCompatibility | null;
}

export interface PendingMentor extends MentorEssentials {
  createdAt: string | null;
  program: { documentId: string; name: string | null } | null;
  capacity: number | null;
}

/** GET /mentoring/approvals */
export interface ApprovalsQueue {
  /** The settings that fill each queue: a queue can still hold items after its setting was turned off. */
  approvalRequired: boolean;
  mentorReviewRequired: boolean;
  connections: PendingConnection[];
  mentors: PendingMentor[];
}

/** One item of a bulk decision: what became of it, or why it was refused (the status a single call would have given). */
export type BulkItemOutcome =
  | { documentId: string; ok: true; status: string }
  | { documentId: string; ok: false; status: number; code: string | null; message: string };

/** 200 of a bulk decision: one outcome per id, in the order sent. */
export interface BulkDecisionResult {
  decision: ApprovalDecision;
  decided: number;
  refused: number;
  results: BulkItemOutcome[];
}
