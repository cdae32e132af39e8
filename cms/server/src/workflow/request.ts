import type { Settings } from '../../../shared/contracts/settings';
import { atOrAfter, hoursAfter, within } from './calendar';
import { isAtCapacity, type MentorState } from './mentor';
import { notify, SUGGESTIONS_PATH, type Notification } from './notifications';
import { refuse, type ConditionalUpdate, type Outcome } from './outcome';
import { newConnection, type ConnectionState } from './connection';

export const REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Every status but pending is final: an answered, expired or withdrawn request never reopens. */
export const isFinalRequest = (status: RequestStatus): boolean => status !== 'pending';

export interface RequestState {
  id: string;
  menteeId: string;
  mentorId: string;
  status: RequestStatus;
  message: string;
  createdAt: Date;
  respondBy: Date;
  respondedAt: Date | null;
  reason: string | null;
}

/** The mentee's side of the limits: its open requests and the mentors it holds a connection with. */
export interface MenteeLoad {
  id: string;
  pending: RequestState[];
  connectedMentorIds: string[];
}

export type RequestUpdate = ConditionalUpdate<
  'request',
  'pending',
  { status: Exclude<RequestStatus, 'pending'>; respondedAt?: Date; reason?: string | null }
>;

export type RequestRefusal =
  | 'invalid'
  | 'not_yours'
  | 'not_pending'
  | 'expired'
  | 'not_accepting'
  | 'at_capacity'
  | 'duplicate_pending'
  | 'already_connected'
  | 'pending_limit'
  | 'mentee_limit'
  | 'program_over';

type Limits = Pick<Settings, 'requestResponseHours' | 'maxPendingRequestsPerMentee' | 'maxActiveMentorsPerMentee'>;

/** A mentee asks a mentor. The caller supplies the new row's id so notifications can name it. */
export function ask(
  input: { id: string; message: string; mentor: MentorState; mentee: MenteeLoad },
  settings: Limits,
  now: Date,
): Outcome<{ request: RequestState }, RequestRefusal> {
  const { mentor, mentee } = input;
  const message = input.message.trim();
  if (message === '') return refuse('invalid', 'must say why you are asking this mentor', 'message');
  if (mentor.availability !== 'open') return refuse('not_accepting', 'This mentor is not accepting requests', 'mentor');
  if (isAtCapacity(mentor)) return refuse('at_capacity', 'This mentor has no place for another mentee', 'mentor');
  if (mentee.pending.some((request) => request.mentorId === mentor.id)) {
    return refuse('duplicate_pending', 'You already have an open request to this mentor', 'mentor');
  }
  if (mentee.connectedMentorIds.includes(mentor.id)) {
    return refuse('already_connected', 'You are already connected with this mentor', 'mentor');
  }
  if (mentee.connectedMentorIds.length >= settings.maxActiveMentorsPerMentee) {
    return refuse('mentee_limit', `You already have ${settings.maxActiveMentorsPerMentee} mentors, the most the program allows`);
  }
  if (mentee.pending.length >= settings.maxPendingRequestsPerMentee) {
    return refuse('pending_limit', `You may have at most ${settings.maxPendingRequestsPerMentee} open requests at once`);
  }
  const respondBy = hoursAfter(now, settings.requestResponseHours);
  const request: RequestState = {
    id: input.id,
    menteeId: mentee.id,
    mentorId: mentor.id,
    status: 'pending',
    message,
    createdAt: now,
    respondBy,
    respondedAt: null,
    reason: null,
  };
  return {
    ok: true,
    request,
    effects: [notify('request_received', `request:${request.id}:received`, { role: 'mentor', id: mentor.id }, { requestId: request.id, menteeId: mentee.id, respondBy })],
  };
}

/** Checks shared by the mentor's answers: it is theirs, still open, and inside its window. */
function answerable(request: RequestState, actorId: string, now: Date) {
  if (actorId !== request.mentorId) return refuse('not_yours', 'Only the requested mentor can answer this request');
  if (request.status !== 'pending') return refuse('not_pending', `This request is already ${request.status}`);
  if (atOrAfter(now, request.respondBy)) return refuse('expired', `This request expired at ${request.respondBy.toISOString()}`);
  return null;
}

/**
 * The mentor accepts. The caller must re-check the mentor's capacity inside the transaction that
 * writes the connection (lock the mentor row), since another acceptance may land between the
 * snapshot and the write. When this connection fills the mentee's last place, its other open
 * requests are withdrawn and their mentors told.
 */
export function accept(
  request: RequestState,
  context: { actorId: string; connectionId: string; mentor: MentorState; mentee: MenteeLoad; programEndsAt: Date },
  settings: Pick<Settings, 'approvalRequired' | 'maxActiveMentorsPerMentee'>,
  now: Date,
): Outcome<{ update: RequestUpdate; connection: ConnectionState; withdrawn: RequestUpdate[] }, RequestRefusal> {
  const refused = answerable(request, context.actorId, now);
  if (refused) return refused;
  const { mentor, mentee } = context;
  if (mentor.availability === 'leaving' || mentor.availability === 'withdrawn') {
    return refuse('not_accepting', 'A mentor leaving the program cannot take a new mentee');
  }
  if (isAtCapacity(mentor)) return refuse('at_capacity', `You already have ${mentor.capacity} mentees, your capacity`);
  if (mentee.connectedMentorIds.length >= settings.maxActiveMentorsPerMentee) {
    return refuse('mentee_limit', 'This mentee already has as many mentors as the program allows');
  }
  if (atOrAfter(now, context.programEndsAt)) return refuse('program_over', 'The program has ended');

  const connection = newConnection({ id: context.connectionId, request, endsAt: context.programEndsAt }, settings, now);
  const full = mentee.connectedMentorIds.length + 1 >= settings.maxActiveMentorsPerMentee;
  const others = full ? mentee.pending.filter((other) => other.id !== request.id && other.status === 'pending') : [];
  const effects: Notification[] = [
    notify('request_accepted', `request:${request.id}:accepted`, { role: 'mentee', id: request.menteeId }, {
      requestId: request.id,
      mentorId: request.mentorId,
      connectionId: connection.row.id,
      awaitingApproval: connection.row.status === 'awaiting_approval',
    }),
    ...connection.effects,
    ...others.map((other) =>
      notify('request_withdrawn', `request:${other.id}:withdrawn`, { role: 'mentor', id: other.mentorId }, {
        requestId: other.id,
        menteeId: other.menteeId,
        because: 'mentee_at_limit',
      }),
    ),
  ];
  return {
    ok: true,
    update: { entity: 'request', id: request.id, from: 'pending', set: { status: 'accepted', respondedAt: now } },
    connection: connection.row,
    withdrawn: others.map((other) => ({ entity: 'request', id: other.id, from: 'pending', set: { status: 'withdrawn', respondedAt: now } })),
    effects,
  };
}

/** The mentor declines, optionally saying why; the mentee is pointed to other mentors. */
export function decline(
  request: RequestState,
  context: { actorId: string; reason?: string | null },
  now: Date,
): Outcome<{ update: RequestUpdate }, RequestRefusal> {
  const refused = answerable(request, context.actorId, now);
  if (refused) return refused;
  const reason = context.reason?.trim() || null;
  return {
    ok: true,
    update: { entity: 'request', id: request.id, from: 'pending', set: { status: 'declined', respondedAt: now, reason } },
    effects: [
      notify('request_declined', `request:${request.id}:declined`, { role: 'mentee', id: request.menteeId }, {
        requestId: request.id,
        mentorId: request.mentorId,
        reason,
        suggestionsPath: SUGGESTIONS_PATH,
      }),
    ],
  };
}

/** The mentee takes back an open request, even one past its window that no tick has closed yet. */
export function withdraw(
  request: RequestState,
  context: { actorId: string },
  now: Date,
): Outcome<{ update: RequestUpdate }, RequestRefusal> {
  if (context.actorId !== request.menteeId) return refuse('not_yours', 'Only the mentee who asked can withdraw this request');
  if (request.status !== 'pending') return refuse('not_pending', `This request is already ${request.status}`);
  return {
    ok: true,
    update: { entity: 'request', id: request.id, from: 'pending', set: { status: 'withdrawn', respondedAt: now } },
    effects: [
      notify('request_withdrawn', `request:${request.id}:withdrawn`, { role: 'mentor', id: request.mentorId }, {
        requestId: request.id,
        menteeId: request.menteeId,
        because: 'mentee_withdrew',
      }),
    ],
  };
}

/** The response window closed unanswered: the mentee is told and pointed to fresh suggestions. */
export function expire(request: RequestState, now: Date): Outcome<{ update: RequestUpdate }, 'not_pending' | 'not_due'> {
  if (request.status !== 'pending') return refuse('not_pending', `This request is already ${request.status}`);
  if (!atOrAfter(now, request.respondBy)) return refuse('not_due', `This request is open until ${request.respondBy.toISOString()}`);
  return {
    ok: true,
    update: { entity: 'request', id: request.id, from: 'pending', set: { status: 'expired' } },
    effects: [
      notify('request_expired', `request:${request.id}:expired`, { role: 'mentee', id: request.menteeId }, {
        requestId: request.id,
        mentorId: request.mentorId,
        suggestionsPath: SUGGESTIONS_PATH,
      }),
    ],
  };
}

/** The mentor's reminder, due from the reminder hour until the window closes (then it expires instead). */
export function requestReminder(
  request: RequestState,
  settings: Pick<Settings, 'requestReminderHours'>,
  now: Date,
): Notification | null {
  if (request.status !== 'pending') return null;
  if (!within(now, hoursAfter(request.createdAt, settings.requestReminderHours), request.respondBy)) return null;
  return notify('request_reminder', `request:${request.id}:reminder`, { role: 'mentor', id: request.mentorId }, {
    requestId: request.id,
    menteeId: request.menteeId,
    respondBy: request.respondBy,
  });
}
