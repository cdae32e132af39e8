import { z } from 'zod';

/**
 * Requests, connections and what a pair does inside one (docs/API.md, "Requests" and "Inside a
 * connection"). Objects are not strict: the contract lets responses carry more fields.
 */
const text = z.string().nullish().transform((value) => value ?? null);

/** The other side as a pair sees it: never an email. */
export const Party = z.object({ documentId: z.string(), fullName: z.string(), headline: text });

export const RequestStatus = z.enum(['pending', 'accepted', 'declined', 'withdrawn', 'expired']);

export const MentoringRequest = z.object({
  documentId: z.string(),
  status: z.string(),
  message: text,
  respondBy: z.string(),
  respondedAt: text,
  reason: text,
  createdAt: z.string(),
  mentor: Party.nullish().transform((value) => value ?? null),
  mentee: Party.nullish().transform((value) => value ?? null),
  connection: z.object({ documentId: z.string(), status: z.string() }).nullish().transform((value) => value ?? null),
  /** For the mentor, on a pending request: how well the mentee fits, as the mentee saw it. */
  compatibility: z.number().int().min(0).max(100).optional(),
  confident: z.boolean().optional(),
  reasons: z.array(z.object({ factor: z.string(), detail: z.string() })).default([]),
});

export const RequestList = z.object({ data: z.array(MentoringRequest) });
export const RequestAnswer = z.object({ request: MentoringRequest });
export const CreatedRequest = z.object({ documentId: z.string(), status: z.string(), respondBy: z.string() });
export const AcceptAnswer = z.object({ request: MentoringRequest, connection: z.object({ documentId: z.string(), status: z.string() }) });

export const HealthReason = z.object({ rule: z.string(), level: z.string(), message: z.string() });

export const Health = z.object({
  status: z.string(),
  reasons: z.array(HealthReason).default([]),
  contactsThisMonth: z.number().int(),
  firstMonthMeetingDone: z.boolean(),
  goalsAgreed: z.number().int(),
  onTrack: z.boolean(),
  /** What the cohort's rules expect: the checklist's targets. */
  expected: z.object({ contactsPerMonth: z.number().int(), firstMeetingWithinDays: z.number().int(), goalsToAgree: z.number().int() }),
});

/**
 * A match staff released from a bulk-matching run (docs/API.md, "Proposals: the pair's side"):
 * why it was proposed, who has confirmed, and the deadline. Kept after it moves on or ends.
 */
export const Proposal = z.object({
  compatibility: z.number(),
  reasons: z.array(z.object({ factor: z.string(), detail: z.string() })).default([]),
  confirmedByMentee: z.boolean(),
  confirmedByMentor: z.boolean(),
  respondBy: z.string(),
});

export const Connection = z.object({
  documentId: z.string(),
  status: z.string(),
  startedAt: text,
  endsAt: text,
  endedAt: text,
  endedBy: text,
  endReason: text,
  createdAt: z.string(),
  program: z.object({ documentId: z.string(), name: z.string(), timeZone: text }).nullish().transform((value) => value ?? null),
  mentor: Party.nullish().transform((value) => value ?? null),
  mentee: Party.nullish().transform((value) => value ?? null),
  /** Null for a connection a request opened. */
  proposal: Proposal.nullish().transform((value) => value ?? null),
  health: Health.nullish().transform((value) => value ?? null),
});

export const ConnectionList = z.object({ data: z.array(Connection) });

export const GOAL_CATEGORIES = ['personal_growth', 'career_management', 'academic'] as const;
export const GOAL_STATUSES = ['in_progress', 'achieved', 'dropped'] as const;

export const Goal = z.object({
  documentId: z.string(),
  title: z.string(),
  description: text,
  category: z.string(),
  status: z.string(),
  proposedBy: text,
  agreedBy: z.object({ mentee: z.boolean(), mentor: z.boolean() }),
  agreedAt: text,
  createdAt: z.string(),
});
export const GoalList = z.object({ data: z.array(Goal) });

export const CONTACT_MODES = ['video', 'in_person', 'phone', 'email', 'message'] as const;

export const Interaction = z.object({
  documentId: z.string(),
  occurredAt: z.string(),
  mode: z.string(),
  minutes: z.number().int().nullish().transform((value) => value ?? null),
  loggedBy: text,
  notes: text,
  cancelledAt: text,
  sequence: z.number().int().default(0),
  createdAt: z.string(),
});
export const InteractionList = z.object({ data: z.array(Interaction) });

export const Message = z.object({ documentId: z.string(), author: z.enum(['mentee', 'mentor']), body: text, createdAt: z.string() });
export const MessagePage = z.object({
  data: z.array(Message),
  meta: z
    .object({ hasOlder: z.boolean().default(false), before: z.string().nullish().transform((value) => value ?? null) })
    .default({ hasOlder: false, before: null }),
});

export const Feedback = z.object({
  documentId: z.string(),
  side: z.string(),
  moment: z.string(),
  rating: z.number().int(),
  comments: text,
  createdAt: z.string(),
});
export const FEEDBACK_MOMENTS = ['fit_check', 'midpoint', 'end', 'ad_hoc'] as const;
export const ONCE_MOMENTS = ['fit_check', 'midpoint', 'end'] as const;

/** Where the caller stands with a moment it gives once: open now, given, and when it opens. */
export const FeedbackMomentStatus = z.object({ moment: z.enum(ONCE_MOMENTS), open: z.boolean(), given: z.boolean(), opensAt: text });
export const FeedbackList = z.object({ data: z.array(Feedback), meta: z.object({ moments: z.array(FeedbackMomentStatus) }) });

export type Party = z.infer<typeof Party>;
export type MentoringRequest = z.infer<typeof MentoringRequest>;
export type Connection = z.infer<typeof Connection>;
export type Proposal = z.infer<typeof Proposal>;
export type Health = z.infer<typeof Health>;
export type Goal = z.infer<typeof Goal>;
export type GoalCategory = (typeof GOAL_CATEGORIES)[number];
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type Interaction = z.infer<typeof Interaction>;
export type ContactMode = (typeof CONTACT_MODES)[number];
export type Message = z.infer<typeof Message>;
export type MessagePage = z.infer<typeof MessagePage>;
export type Feedback = z.infer<typeof Feedback>;
export type FeedbackMoment = (typeof FEEDBACK_MOMENTS)[number];
export type OnceMoment = (typeof ONCE_MOMENTS)[number];
export type FeedbackMomentStatus = z.infer<typeof FeedbackMomentStatus>;
export type FeedbackList = z.infer<typeof FeedbackList>;
