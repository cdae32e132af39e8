import type { Settings } from '../../../shared/contracts/settings';
import { atOrAfter } from './calendar';
import { notify, SUGGESTIONS_PATH, toPair, type Notification, type Side } from './notifications';
import { refuse, type ConditionalUpdate, type Outcome } from './outcome';

export const CONNECTION_STATUSES = ['proposed', 'awaiting_approval', 'active', 'completed', 'ended_early'] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

export const isFinalConnection = (status: ConnectionStatus): boolean => status === 'completed' || status === 'ended_early';

/** Why a connection ended before its official end: a side's own words, or one of these. */
export const END_REASONS = {
  rejected: 'rejected by staff',
  mentorLeft: 'mentor left the program',
  programEnded: 'program ended before approval',
  proposalDeclined: 'proposal declined',
  proposalExpired: 'proposal expired',
  proposalProgramEnded: 'program ended before both confirmed',
} as const;

/**
 * A match staff released from a matching run: both sides confirm it (or either declines) before
 * `respondBy`, the same window a mentor has to answer a request.
 */
export interface ProposalState {
  respondBy: Date;
  menteeConfirmedAt: Date | null;
  mentorConfirmedAt: Date | null;
  /** The compatibility % the run found, told to both sides. */
  compatibility: number;
}

/**
 * A mentorship. `startedAt` is set when it becomes active (at acceptance, or at staff approval),
 * and every rule that counts days counts from it; `endsAt` is the program's official end.
 */
export interface ConnectionState {
  id: string;
  menteeId: string;
  mentorId: string;
  requestId: string | null;
  status: ConnectionStatus;
  startedAt: Date | null;
  endsAt: Date;
  endedAt: Date | null;
  endedBy: Side | null;
  endReason: string | null;
  approvalNote: string | null;
  /** Set on a connection released from a matching run (absent or null for one a request opened). */
  proposal?: ProposalState | null;
}

export type ConnectionUpdate = ConditionalUpdate<
  'connection',
  'proposed' | 'awaiting_approval' | 'active',
  Partial<Omit<ConnectionState, 'id' | 'menteeId' | 'mentorId' | 'requestId' | 'endsAt' | 'proposal'>> & {
    status: ConnectionStatus;
    menteeConfirmedAt?: Date;
    mentorConfirmedAt?: Date;
  }
>;

export type ConnectionRefusal =
  | 'not_yours'
  | 'not_awaiting_approval'
  | 'not_active'
  | 'not_due'
  | 'invalid'
  | 'not_proposed'
  | 'already_confirmed'
  | 'expired'
  | 'program_over';

type ConnectionOutcome = Outcome<{ update: ConnectionUpdate }, ConnectionRefusal>;

/** The connection an accepted request opens: waiting for staff when the program asks for approval. */
export function newConnection(
  input: { id: string; request: { id: string; menteeId: string; mentorId: string }; endsAt: Date },
  settings: Pick<Settings, 'approvalRequired'>,
  now: Date,
): { row: ConnectionState; effects: Notification[] } {
  const { request } = input;
  const row: ConnectionState = {
    id: input.id,
    menteeId: request.menteeId,
    mentorId: request.mentorId,
    requestId: request.id,
    status: settings.approvalRequired ? 'awaiting_approval' : 'active',
    startedAt: settings.approvalRequired ? null : now,
    endsAt: input.endsAt,
    endedAt: null,
    endedBy: null,
    endReason: null,
    approvalNote: null,
  };
  const effects = settings.approvalRequired
    ? [notify('approval_needed', `connection:${row.id}:approval-needed`, { role: 'staff' }, { connectionId: row.id, menteeId: row.menteeId, mentorId: row.mentorId })]
    : [];
  return { row, effects };
}

const awaiting = (connection: ConnectionState) =>
  connection.status === 'awaiting_approval' ? null : refuse('not_awaiting_approval', `This connection is ${connection.status}`);

/** Staff approve: the connection starts now, and the rules' clocks with it. */
export function approve(connection: ConnectionState, context: { note?: string | null }, now: Date): ConnectionOutcome {
  const refused = awaiting(connection);
  if (refused) return refused;
  const note = context.note?.trim() || null;
  return {
    ok: true,
    update: { entity: 'connection', id: connection.id, from: 'awaiting_approval', set: { status: 'active', startedAt: now, approvalNote: note } },
    effects: toPair('connection_approved', `connection:${connection.id}:approved`, connection, { connectionId: connection.id, note }),
  };
}

/** Staff reject: the pair is told, and the mentee pointed to other mentors. */
export function reject(connection: ConnectionState, context: { note?: string | null }, now: Date): ConnectionOutcome {
  const refused = awaiting(connection);
  if (refused) return refused;
  const note = context.note?.trim() || null;
  const event = `connection:${connection.id}:rejected`;
  return {
    ok: true,
    update: {
      entity: 'connection',
      id: connection.id,
      from: 'awaiting_approval',
      set: { status: 'ended_early', endedAt: now, endReason: END_REASONS.rejected, approvalNote: note },
    },
    effects: [
      notify('connection_rejected', event, { role: 'mentee', id: connection.menteeId }, { connectionId: connection.id, note, suggestionsPath: SUGGESTIONS_PATH }),
      notify('connection_rejected', event, { role: 'mentor', id: connection.mentorId }, { connectionId: connection.id, note, suggestionsPath: null }),
    ],
  };
}

/** Either side ends the connection early, saying why; the other side and staff are told. */
export function endEarly(connection: ConnectionState, context: { actorId: string; reason: string }, now: Date): ConnectionOutcome {
  const side: Side | null =
    context.actorId === connection.menteeId ? 'mentee' : context.actorId === connection.mentorId ? 'mentor' : null;
  if (side === null) return refuse('not_yours', 'Only the mentee or the mentor of this connection can end it');
  if (connection.status !== 'active' && connection.status !== 'awaiting_approval') {
    return refuse('not_active', `This connection is already ${connection.status}`);
  }
  const reason = context.reason.trim();
  if (reason === '') return refuse('invalid', 'must say why the connection ends', 'reason');
  const payload = { connectionId: connection.id, endedBy: side, reason };
  const event = `connection:${connection.id}:ended`;
  const other = side === 'mentee' ? { role: 'mentor' as const, id: connection.mentorId } : { role: 'mentee' as const, id: connection.menteeId };
  return {
    ok: true,
    update: { entity: 'connection', id: connection.id, from: connection.status, set: { status: 'ended_early', endedAt: now, endedBy: side, endReason: reason } },
    effects: [notify('connection_ended', event, other, payload), notify('connection_ended', event, { role: 'staff' }, payload)],
  };
}

/**
 * The official period is over: the connection completes, both sides are asked for end-of-program
 * feedback and told they are welcome to keep in touch outside the program.
 */
export function complete(connection: ConnectionState, now: Date): ConnectionOutcome {
  if (connection.status !== 'active') return refuse('not_active', `This connection is ${connection.status}`);
  if (!atOrAfter(now, connection.endsAt)) return refuse('not_due', `The program runs until ${connection.endsAt.toISOString()}`);
  return {
    ok: true,
    update: { entity: 'connection', id: connection.id, from: 'active', set: { status: 'completed', endedAt: connection.endsAt } },
    effects: [
      ...toPair('connection_completed', `connection:${connection.id}:completed`, connection, { connectionId: connection.id, mayContinueOutsideProgram: true }),
      ...toPair('feedback_requested', `feedback:${connection.id}:end`, connection, { connectionId: connection.id, moment: 'end' }),
    ],
  };
}

/**
 * The official end came while staff had not yet approved the pair: the connection ends unstarted,
 * so it cannot be approved into a mentorship whose program is over, nor hold the mentor's place.
 * Both sides are told as for a rejection, with the reason; the cohort is over, so no suggestions.
 */
export function lapse(connection: ConnectionState, now: Date): ConnectionOutcome {
  const refused = awaiting(connection);
  if (refused) return refused;
  if (!atOrAfter(now, connection.endsAt)) return refuse('not_due', `The program runs until ${connection.endsAt.toISOString()}`);
  const note = 'The program ended before staff approved this match.';
  return {
    ok: true,
    update: { entity: 'connection', id: connection.id, from: 'awaiting_approval', set: { status: 'ended_early', endedAt: connection.endsAt, endReason: END_REASONS.programEnded } },
    effects: toPair('connection_rejected', `connection:${connection.id}:lapsed`, connection, { connectionId: connection.id, note, suggestionsPath: null }),
  };
}

/** The mentor's leave date came: the connection (or proposal) ends, the mentee is re-suggested, staff are told. */
export function endForMentorLeaving(connection: ConnectionState, leaveDate: Date): ConnectionOutcome {
  if (connection.status !== 'active' && connection.status !== 'awaiting_approval' && connection.status !== 'proposed') {
    return refuse('not_active', `This connection is already ${connection.status}`);
  }
  const event = `connection:${connection.id}:mentor-left`;
  const base = { connectionId: connection.id, mentorId: connection.mentorId };
  return {
    ok: true,
    update: { entity: 'connection', id: connection.id, from: connection.status, set: { status: 'ended_early', endedAt: leaveDate, endedBy: 'mentor', endReason: END_REASONS.mentorLeft } },
    effects: [
      notify('mentor_left', event, { role: 'mentee', id: connection.menteeId }, { ...base, suggestionsPath: SUGGESTIONS_PATH }),
      notify('mentor_left', event, { role: 'staff' }, { ...base, suggestionsPath: null }),
    ],
  };
}
