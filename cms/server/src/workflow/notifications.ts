/**
 * Every notification the workflow can raise: who receives it, what it carries and its dedupe key.
 * The outbox stores one row per key, so a rule that fires twice (two instances, a retried tick)
 * still sends once. Rendering to email happens elsewhere, from `kind` and `payload`.
 */
import type { InteractionMode } from './activity';

export type Side = 'mentee' | 'mentor';

export type Recipient = { role: 'mentee'; id: string } | { role: 'mentor'; id: string } | { role: 'staff' };

/** Where participants find other mentors: the site's browse page, which lists suggestions first. */
export const SUGGESTIONS_PATH = '/portal/mentors';

export type FeedbackMoment = 'midpoint' | 'end';

export interface NotificationPayloads {
  request_received: { requestId: string; menteeId: string; respondBy: Date };
  request_reminder: { requestId: string; menteeId: string; respondBy: Date };
  request_accepted: { requestId: string; mentorId: string; connectionId: string; awaitingApproval: boolean };
  request_declined: { requestId: string; mentorId: string; reason: string | null; suggestionsPath: string };
  request_expired: { requestId: string; mentorId: string; suggestionsPath: string };
  request_withdrawn: { requestId: string; menteeId: string; because: 'mentee_withdrew' | 'mentee_at_limit' };
  approval_needed: { connectionId: string; menteeId: string; mentorId: string };
  connection_approved: { connectionId: string; note: string | null };
  connection_rejected: { connectionId: string; note: string | null; suggestionsPath: string | null };
  connection_ended: { connectionId: string; endedBy: Side; reason: string };
  /** Staff released a matching run's proposal: each side confirms or declines it by `respondBy`. */
  connection_proposed: { connectionId: string; respondBy: Date; compatibility: number };
  /** One side confirmed a proposal first: the other is told it is its turn. */
  proposal_your_turn: { connectionId: string; respondBy: Date };
  proposal_confirmed: { connectionId: string; awaitingApproval: boolean };
  proposal_declined: { connectionId: string; declinedBy: Side; reason: string | null; suggestionsPath: string | null };
  proposal_expired: { connectionId: string; programEnded: boolean; suggestionsPath: string | null };
  connection_completed: { connectionId: string; mayContinueOutsideProgram: true };
  feedback_requested: { connectionId: string; moment: FeedbackMoment };
  fit_check: { connectionId: string; firstMeetingAt: Date };
  mentor_leaving: { mentorId: string; leaveDate: Date };
  mentor_left: { connectionId: string; mentorId: string; suggestionsPath: string | null };
  /** Staff's decision on a mentor profile waiting for review, told to the mentor. */
  mentor_reviewed: { mentorId: string; decision: 'approved' | 'rejected'; note: string | null };
  outreach_reminder: { menteeId: string; signedUpAt: Date; windowEndsAt: Date };
  outreach_flag: { menteeId: string; signedUpAt: Date };
  cadence_reminder: { connectionId: string; month: string; contacts: number; expected: number };
  cadence_flag: { connectionId: string; month: string; contacts: number; expected: number };
  first_meeting_reminder: { connectionId: string; dueBy: Date };
  first_meeting_flag: { connectionId: string; dueBy: Date };
  goals_reminder: { connectionId: string; agreed: number; expected: number; dueBy: Date };
  goals_flag: { connectionId: string; agreed: number; expected: number; dueBy: Date };
  /** A future-dated interaction: both sides get a calendar invite; `sequence` grows with each change. */
  meeting_scheduled: MeetingPayload;
  meeting_updated: MeetingPayload;
  meeting_cancelled: MeetingPayload;
  /** Never the body: confidential messages are read in the portal only. */
  message_received: { connectionId: string; messageId: string; author: Side };
  goal_proposed: { connectionId: string; goalId: string; title: string; by: Side };
}

export interface MeetingPayload {
  connectionId: string;
  interactionId: string;
  startsAt: Date;
  minutes: number | null;
  mode: InteractionMode;
  sequence: number;
}

export type NotificationKind = keyof NotificationPayloads;

export type Notification = {
  [K in NotificationKind]: { kind: K; recipient: Recipient; dedupeKey: string; payload: NotificationPayloads[K] };
}[NotificationKind];

/**
 * Builds a notification whose key is the event's key plus the recipient's role, so one event told
 * to both sides of a pair gives two rows, and the same event at a later tick gives the same keys.
 */
export const notify = <K extends NotificationKind>(
  kind: K,
  event: string,
  recipient: Recipient,
  payload: NotificationPayloads[K],
): Notification =>
  ({ kind, recipient, dedupeKey: `${event}@${recipient.role}`, payload }) as Notification;

export const toPair = <K extends NotificationKind>(
  kind: K,
  event: string,
  pair: { menteeId: string; mentorId: string },
  payload: NotificationPayloads[K],
): Notification[] => [
  notify(kind, event, { role: 'mentee', id: pair.menteeId }, payload),
  notify(kind, event, { role: 'mentor', id: pair.mentorId }, payload),
];
