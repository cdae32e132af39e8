import { z } from 'zod';
import { GOAL_CATEGORIES, GOAL_STATUSES } from '../../server/src/workflow/goal';
import { INTERACTION_MODES } from '../../server/src/workflow/activity';
import { FEEDBACK_MOMENTS, ONCE_MOMENTS } from '../../server/src/workflow/feedback';

/**
 * What a pair does inside its connection (API.md "Connections"): goals, logged contacts and
 * scheduled meetings, messages, feedback. Request bodies and the views the routes answer with.
 */

const LIMITS = { goalTitle: 200, goalDescription: 2000, notes: 5000, message: 5000, comments: 2000, goalsPerContact: 20, minutes: 1440 } as const;
export const PAIR_LIMITS = LIMITS;

/** Free text, trimmed; empty or null clears it. */
const optionalText = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .nullable()
    .optional()
    .transform((value) => (value === '' ? null : value));

const requiredText = (max: number) =>
  z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).max(max, { error: `must be at most ${max} characters` });

const documentId = z.string({ error: 'must be a documentId' }).trim().min(1, { error: 'must be a documentId' }).max(64, { error: 'must be a documentId' });

const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(', ')}` });

/** An ISO 8601 date-time with a zone (`2026-11-03T17:00:00Z`, `…+01:00`), as a Date. */
const dateTime = z
  .iso.datetime({ offset: true, error: 'must be an ISO date-time with a time zone, e.g. 2026-11-03T17:00:00Z' })
  .transform((value) => new Date(value));

// Goals ------------------------------------------------------------------------------------------

export const goalCreateSchema = z.strictObject({
  title: requiredText(LIMITS.goalTitle),
  category: oneOf(GOAL_CATEGORIES),
  description: optionalText(LIMITS.goalDescription),
});

/** Agree a proposed goal, move it on (`in_progress`, `achieved`, `dropped`), or both: agreement first. */
export const goalPatchSchema = z
  .strictObject({
    status: oneOf(GOAL_STATUSES).optional(),
    agree: z.literal(true, { error: 'must be true: agreement cannot be taken back, drop the goal instead' }).optional(),
  })
  .refine((patch) => patch.status !== undefined || patch.agree !== undefined, { error: 'send a new status, or agree: true', path: ['status'] });

export interface GoalView {
  documentId: string;
  title: string;
  description: string | null;
  category: (typeof GOAL_CATEGORIES)[number];
  status: (typeof GOAL_STATUSES)[number];
  proposedBy: 'mentee' | 'mentor';
  agreedBy: { mentee: boolean; mentor: boolean };
  agreedAt: string | null;
  createdAt: string;
}

// Interactions (logged contacts and scheduled meetings) -----------------------------------------

const interactionFields = {
  occurredAt: dateTime,
  mode: oneOf(INTERACTION_MODES),
  minutes: z
    .number({ error: 'must be a whole number of minutes' })
    .int({ error: 'must be a whole number of minutes' })
    .min(1, { error: 'must be at least 1' })
    .max(LIMITS.minutes, { error: `must be at most ${LIMITS.minutes} (a day)` })
    .nullable()
    .optional(),
  notes: optionalText(LIMITS.notes),
  goals: z
    .array(documentId, { error: 'must be a list of goal documentIds' })
    .max(LIMITS.goalsPerContact, { error: `must have at most ${LIMITS.goalsPerContact} goals` })
    .transform((ids) => [...new Set(ids)])
    .optional(),
};

export const interactionCreateSchema = z.strictObject(interactionFields);

export const interactionPatchSchema = z
  .strictObject({ ...interactionFields, occurredAt: interactionFields.occurredAt.optional(), mode: interactionFields.mode.optional() })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), { error: 'send at least one field to change', path: ['occurredAt'] });

export type InteractionCreate = z.infer<typeof interactionCreateSchema>;
export type InteractionPatch = z.infer<typeof interactionPatchSchema>;

export interface InteractionView {
  documentId: string;
  occurredAt: string;
  mode: (typeof INTERACTION_MODES)[number];
  minutes: number | null;
  loggedBy: 'mentee' | 'mentor';
  /** Decrypted for the pair; null when none, or when it cannot be decrypted. */
  notes: string | null;
  goals: string[];
  cancelledAt: string | null;
  /** Grows with every change of time, mode or length: the calendar invite's SEQUENCE. */
  sequence: number;
  createdAt: string;
}

// Messages ---------------------------------------------------------------------------------------

export const messageCreateSchema = z.strictObject({ body: requiredText(LIMITS.message) });

export const messageListQuerySchema = z.strictObject({
  before: documentId.optional(),
  limit: z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(100, { error: 'must be at most 100' })
    .default(50),
});

export interface MessageView {
  documentId: string;
  author: 'mentee' | 'mentor';
  /** Null only when the stored ciphertext cannot be decrypted. */
  body: string | null;
  createdAt: string;
}

export interface MessagePage {
  data: MessageView[];
  /** `before`: pass it as `?before=` for the older page; null when this page reaches the first message. */
  meta: { limit: number; hasOlder: boolean; before: string | null };
}

// Feedback ---------------------------------------------------------------------------------------

export { FEEDBACK_MOMENTS };
export type FeedbackMomentInput = (typeof FEEDBACK_MOMENTS)[number];

export const feedbackCreateSchema = z.strictObject({
  rating: z
    .number({ error: 'must be a whole number from 1 to 5' })
    .int({ error: 'must be a whole number from 1 to 5' })
    .min(1, { error: 'must be a whole number from 1 to 5' })
    .max(5, { error: 'must be a whole number from 1 to 5' }),
  comments: optionalText(LIMITS.comments),
  moment: oneOf(FEEDBACK_MOMENTS).optional(),
});

export interface FeedbackView {
  documentId: string;
  side: 'mentee' | 'mentor';
  moment: FeedbackMomentInput;
  rating: number;
  comments: string | null;
  createdAt: string;
}

/** Each moment a side gives once, for the caller: whether it is open now, given, and when it opens. */
export interface FeedbackMomentView {
  moment: (typeof ONCE_MOMENTS)[number];
  open: boolean;
  given: boolean;
  opensAt: string | null;
}

export interface FeedbackList {
  data: FeedbackView[];
  meta: { moments: FeedbackMomentView[] };
}
