/**
 * Workflow: the request, connection and goal state machines and every time rule, pure (no Strapi,
 * no wall clock: `now` is always an argument). docs/WORKFLOW.md has the tables and boundaries.
 *
 * Commands return `{ ok: true, update, effects }` — a conditional update to write only where the
 * row's status is still `from`, and the outbox rows to write with it — or a refusal with a code.
 * `tick(snapshot, settings, now)` returns the due transitions and notifications for a batch.
 */
export { ask, accept, decline, withdraw, expire, requestReminder, isFinalRequest, REQUEST_STATUSES } from './request';
export type { RequestState, RequestStatus, RequestUpdate, RequestRefusal, MenteeLoad } from './request';
export { newConnection, approve, reject, endEarly, complete, endForMentorLeaving, lapse, isFinalConnection, CONNECTION_STATUSES, END_REASONS } from './connection';
export type { ConnectionState, ConnectionStatus, ConnectionUpdate, ConnectionRefusal, ProposalState } from './connection';
export { proposeConnection, confirmProposal, declineProposal, expireProposal, releaseState, RELEASE_STATES } from './proposal';
export type { ProposalRefusal, ReleaseState } from './proposal';
export { propose, agree, moveGoal, countsAsAgreed, isFinalGoal, GOAL_CATEGORIES, GOAL_STATUSES, GOAL_MOVES } from './goal';
export type { GoalState, GoalStatus, GoalCategory, GoalUpdate, GoalRefusal } from './goal';
export { announceLeave, isAcceptingRequests, isAtCapacity, reviewMentor, AVAILABILITIES, REVIEW_STATUSES } from './mentor';
export type { MentorState, MentorUpdate, Availability, LeaveRefusal, ReviewStatus, ReviewUpdate } from './mentor';
export { tick, FIT_CHECK_DELAY_HOURS } from './time-rules';
export type { TickSnapshot, TickResult, DueTransition, MenteeOutreach, LeavingMentor } from './time-rules';
export { connectionFindings, RULE_DAYS } from './connection-rules';
export type { Finding, RuleName } from './connection-rules';
export { connectionHealth } from './health';
export { defaultMoment, feedbackMoments, notYet, FEEDBACK_MOMENTS, ONCE_MOMENTS } from './feedback';
export type { FeedbackMoment, OnceMoment, MomentStatus } from './feedback';
export type { Health, HealthStatus, HealthReason, ExpectedFigures } from './health';
export { INTERACTION_MODES, MEETING_MODES } from './activity';
export type { ConnectionActivity, ConnectionSnapshot, InteractionMode } from './activity';
export { monthKey, officialEnd } from './calendar';
export { SUGGESTIONS_PATH } from './notifications';
export type { Notification, NotificationKind, NotificationPayloads, Recipient, Side } from './notifications';
export type { Outcome, Refusal, ConditionalUpdate } from './outcome';
