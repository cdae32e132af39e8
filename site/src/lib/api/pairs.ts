import { ApiRefusal, ContentNotFoundError } from './errors';
import {
  AcceptAnswer,
  Connection,
  ConnectionList,
  CreatedRequest,
  Feedback,
  FeedbackList,
  Goal,
  GoalList,
  Interaction,
  InteractionList,
  Message,
  MessagePage,
  RequestAnswer,
  RequestList,
  type Connection as ConnectionView,
  type ContactMode,
  type FeedbackMoment,
  type GoalCategory,
  type GoalStatus,
  type MentoringRequest,
} from './pair-schemas';
import { callStrapi, downloadFromStrapi } from './request';

/** Documentids are opaque strings; anything else cannot name a row, so the CMS is not asked. */
const DOCUMENT_ID = /^[A-Za-z0-9]{1,64}$/;

/**
 * An id for a path. A malformed one never reaches the CMS: it is refused as the CMS refuses an
 * unknown id (a 404), so a page handles both alike.
 */
function pathId(id: string, what: string): string {
  if (!DOCUMENT_ID.test(id)) throw new ApiRefusal(404, `We could not find this ${what}.`);
  return id;
}

/** A 404 (unknown, or another pair's) as ContentNotFoundError, so pages answer with the 404 page. */
async function pairOnly<T>(load: () => Promise<T>, id: string, what: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ApiRefusal && error.status === 404) throw new ContentNotFoundError(`${what} "${id}"`);
    throw error;
  }
}

/** A mentee asks a mentor; 409s carry `code` (`at_capacity`, `duplicate_pending`, `pending_limit`, …). */
export async function sendRequest(token: string, mentor: string, message: string) {
  return callStrapi('/api/mentoring/requests', { method: 'POST', token, json: { mentor, message }, schema: CreatedRequest });
}

/** The caller's own requests, newest first: a mentee's outgoing, a mentor's incoming. */
export async function listRequests(token: string, status?: string): Promise<MentoringRequest[]> {
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  return (await callStrapi('/api/mentoring/requests', { token, query, schema: RequestList })).data;
}

export async function acceptRequest(token: string, id: string) {
  return callStrapi(`/api/mentoring/requests/${pathId(id, 'request')}/accept`, { method: 'POST', token, json: {}, schema: AcceptAnswer });
}

export async function declineRequest(token: string, id: string, reason: string | null): Promise<MentoringRequest> {
  const json = reason ? { reason } : {};
  return (await callStrapi(`/api/mentoring/requests/${pathId(id, 'request')}/decline`, { method: 'POST', token, json, schema: RequestAnswer })).request;
}

export async function withdrawRequest(token: string, id: string): Promise<MentoringRequest> {
  return (await callStrapi(`/api/mentoring/requests/${pathId(id, 'request')}/withdraw`, { method: 'POST', token, json: {}, schema: RequestAnswer })).request;
}

export async function listConnections(token: string): Promise<ConnectionView[]> {
  return (await callStrapi('/api/mentoring/connections', { token, schema: ConnectionList })).data;
}

/** One of the caller's connections with its health; another pair's is a ContentNotFoundError. */
export function getConnection(token: string, id: string): Promise<ConnectionView> {
  return pairOnly(async () => callStrapi(`/api/mentoring/connections/${pathId(id, 'connection')}`, { token, schema: Connection }), id, 'connection');
}

export async function endConnection(token: string, id: string, reason: string): Promise<ConnectionView> {
  return callStrapi(`/api/mentoring/connections/${pathId(id, 'connection')}/end`, { method: 'POST', token, json: { reason }, schema: Connection });
}

/**
 * One side confirms a proposal from a matching run. The answer says what became of it: still
 * `proposed` (waiting for the other side), `awaiting_approval` or `active`. 409s carry `code`
 * (`already_confirmed`, `not_proposed`, `expired`, `program_over`).
 */
export async function confirmProposal(token: string, id: string): Promise<ConnectionView> {
  return callStrapi(`/api/mentoring/connections/${pathId(id, 'connection')}/confirm`, { method: 'POST', token, json: {}, schema: Connection });
}

/** One side declines a proposal, with an optional reason: it ends at once (`ended_early`). */
export async function declineProposal(token: string, id: string, reason: string | null): Promise<ConnectionView> {
  const json = reason ? { reason } : {};
  return callStrapi(`/api/mentoring/connections/${pathId(id, 'connection')}/decline`, { method: 'POST', token, json, schema: Connection });
}

export async function listGoals(token: string, connection: string) {
  return (await callStrapi(`/api/mentoring/connections/${pathId(connection, 'connection')}/goals`, { token, schema: GoalList })).data;
}

export interface GoalInput {
  title: string;
  category: GoalCategory;
  description?: string;
}

export async function proposeGoal(token: string, connection: string, goal: GoalInput) {
  return callStrapi(`/api/mentoring/connections/${pathId(connection, 'connection')}/goals`, { method: 'POST', token, json: goal, schema: Goal });
}

export async function updateGoal(token: string, id: string, change: { agree?: true; status?: GoalStatus }) {
  return callStrapi(`/api/mentoring/goals/${pathId(id, 'goal')}`, { method: 'PATCH', token, json: change, schema: Goal });
}

export async function listInteractions(token: string, connection: string) {
  return (await callStrapi(`/api/mentoring/connections/${pathId(connection, 'connection')}/interactions`, { token, schema: InteractionList })).data;
}

export interface ContactInput {
  occurredAt: string;
  mode: ContactMode;
  minutes?: number | null;
  notes?: string | null;
}

/** Logs a contact; a future `occurredAt` schedules a meeting (both sides get an invite). */
export async function logContact(token: string, connection: string, contact: ContactInput) {
  return callStrapi(`/api/mentoring/connections/${pathId(connection, 'connection')}/interactions`, { method: 'POST', token, json: contact, schema: Interaction });
}

/**
 * Moves an upcoming meeting (time, length): both sides get the updated invitation. A meeting
 * cancelled meanwhile, or changed by the other side at the same moment, is a 409.
 */
export async function rescheduleMeeting(token: string, meeting: string, change: { occurredAt: string; minutes?: number | null }) {
  return callStrapi(`/api/mentoring/interactions/${pathId(meeting, 'meeting')}`, { method: 'PATCH', token, json: change, schema: Interaction });
}

/** Cancels an upcoming meeting (both sides get the cancelled invitation); the row stays, with `cancelledAt`. */
export async function cancelMeeting(token: string, meeting: string) {
  return callStrapi(`/api/mentoring/interactions/${pathId(meeting, 'meeting')}`, { method: 'DELETE', token, schema: Interaction });
}

/** A meeting as an iCalendar file for the caller; another pair's (or an unknown one) is a ContentNotFoundError. */
export function meetingCalendar(token: string, meeting: string): Promise<{ body: string; contentType: string }> {
  return pairOnly(
    () => downloadFromStrapi(`/api/mentoring/interactions/${pathId(meeting, 'meeting')}/calendar.ics`, { token, accept: 'text/calendar' }),
    meeting,
    'meeting',
  );
}

/** The newest messages (oldest first within the page); `before` pages back. */
export async function listMessages(token: string, connection: string, before?: string) {
  const query = new URLSearchParams({ limit: '50' });
  if (before && DOCUMENT_ID.test(before)) query.set('before', before);
  return callStrapi(`/api/mentoring/connections/${pathId(connection, 'connection')}/messages`, { token, query, schema: MessagePage });
}

export async function sendMessage(token: string, connection: string, body: string) {
  return callStrapi(`/api/mentoring/connections/${pathId(connection, 'connection')}/messages`, { method: 'POST', token, json: { body }, schema: Message });
}

/** The caller's own feedback, and each once-moment (fit check, mid-point, end): open, given, or when it opens. */
export async function listFeedback(token: string, connection: string) {
  return callStrapi(`/api/mentoring/connections/${pathId(connection, 'connection')}/feedback`, { token, schema: FeedbackList });
}

export async function giveFeedback(token: string, connection: string, feedback: { moment: FeedbackMoment; rating: number; comments?: string | null }) {
  const json = { moment: feedback.moment, rating: feedback.rating, ...(feedback.comments ? { comments: feedback.comments } : {}) };
  return callStrapi(`/api/mentoring/connections/${pathId(connection, 'connection')}/feedback`, { method: 'POST', token, json, schema: Feedback });
}
