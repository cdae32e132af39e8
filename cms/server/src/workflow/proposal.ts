import type { Settings } from '../../../shared/contracts/settings';
import { atOrAfter, hoursAfter } from './calendar';
import { END_REASONS, type ConnectionState, type ConnectionUpdate, type ProposalState } from './connection';
import { isAtCapacity, type MentorState } from './mentor';
import { notify, SUGGESTIONS_PATH, toPair, type Notification, type Side } from './notifications';
import { refuse, type Outcome } from './outcome';
import type { MenteeLoad } from './request';

/**
 * Proposals: matches staff release from a matching run. A proposal is a connection in status
 * `proposed` that holds the mentor's place and counts toward the mentee's mentors, like a pending
 * acceptance. Both sides confirm it within the request response window (either may decline);
 * once both have, it becomes what an accepted request becomes: `awaiting_approval` when the
 * program asks staff to approve matches, else `active`.
 */

export type ProposalRefusal =
  | 'not_accepting'
  | 'at_capacity'
  | 'already_connected'
  | 'duplicate_pending'
  | 'mentee_limit'
  | 'program_over'
  | 'not_proposed'
  | 'already_confirmed'
  | 'expired'
  | 'not_due';

/** What staff see of a released proposal: its connection's course, in the proposal's words. */
export const RELEASE_STATES = ['proposed', 'awaiting_approval', 'active', 'completed', 'declined', 'expired', 'ended'] as const;
export type ReleaseState = (typeof RELEASE_STATES)[number];

const CONFIRMED_AT = { mentee: 'menteeConfirmedAt', mentor: 'mentorConfirmedAt' } as const;

const confirmation = (side: Side, now: Date) => (side === 'mentee' ? { menteeConfirmedAt: now } : { mentorConfirmedAt: now });

const otherOf = (connection: ConnectionState, side: Side) =>
  side === 'mentee' ? ({ role: 'mentor', id: connection.mentorId } as const) : ({ role: 'mentee', id: connection.menteeId } as const);

/**
 * Staff release a run's proposal: re-checked now against the mentor's room and the mentee's
 * limits, exactly as an acceptance would be. The caller reads `mentor` and `mentee` under their
 * locks, in the transaction that writes the connection.
 */
export function proposeConnection(
  input: { id: string; mentor: MentorState; mentee: MenteeLoad; endsAt: Date; compatibility: number },
  settings: Pick<Settings, 'requestResponseHours' | 'maxActiveMentorsPerMentee'>,
  now: Date,
): Outcome<{ connection: ConnectionState }, ProposalRefusal> {
  const { mentor, mentee } = input;
  if (mentor.availability !== 'open') return refuse('not_accepting', `The mentor is ${mentor.availability} and takes no new mentee`);
  if (isAtCapacity(mentor)) return refuse('at_capacity', `The mentor already has ${mentor.capacity} mentees, their capacity`);
  if (mentee.connectedMentorIds.includes(mentor.id)) return refuse('already_connected', 'The mentee already has a connection or proposal with this mentor');
  if (mentee.pending.some((request) => request.mentorId === mentor.id)) {
    return refuse('duplicate_pending', 'The mentee has an open request to this mentor: let the mentor answer it');
  }
  if (mentee.connectedMentorIds.length >= settings.maxActiveMentorsPerMentee) {
    return refuse('mentee_limit', `The mentee already has ${settings.maxActiveMentorsPerMentee} mentors or proposals, the most the program allows`);
  }
  if (atOrAfter(now, input.endsAt)) return refuse('program_over', 'The program has ended');
  const proposal: ProposalState = {
    respondBy: hoursAfter(now, settings.requestResponseHours),
    menteeConfirmedAt: null,
    mentorConfirmedAt: null,
    compatibility: input.compatibility,
  };
  const connection: ConnectionState = {
    id: input.id,
    menteeId: mentee.id,
    mentorId: mentor.id,
    requestId: null,
    status: 'proposed',
    startedAt: null,
    endsAt: input.endsAt,
    endedAt: null,
    endedBy: null,
    endReason: null,
    approvalNote: null,
    proposal,
  };
  return {
    ok: true,
    connection,
    effects: toPair('connection_proposed', `connection:${connection.id}:proposed`, connection, {
      connectionId: connection.id,
      respondBy: proposal.respondBy,
      compatibility: proposal.compatibility,
    }),
  };
}

function openProposal(connection: ConnectionState, now: Date) {
  const { proposal } = connection;
  if (connection.status !== 'proposed' || !proposal) return refuse('not_proposed', `This connection is ${connection.status}, not a proposal waiting for an answer`);
  if (atOrAfter(now, connection.endsAt)) return refuse('program_over', 'The program has ended');
  if (atOrAfter(now, proposal.respondBy)) return refuse('expired', `This proposal expired at ${proposal.respondBy.toISOString()}`);
  return null;
}

/**
 * One side confirms. The first confirmation is recorded; the second moves the connection on, as
 * an accepted request would: to staff approval when the program requires it, else it starts now.
 * The caller must decide under a lock (or the two sides confirming at once could each see the
 * other unconfirmed and the proposal would never move on).
 */
export function confirmProposal(
  connection: ConnectionState,
  context: { side: Side },
  settings: Pick<Settings, 'approvalRequired'>,
  now: Date,
): Outcome<{ update: ConnectionUpdate; bothConfirmed: boolean }, ProposalRefusal> {
  const refused = openProposal(connection, now);
  if (refused) return refused;
  const proposal = connection.proposal as ProposalState;
  const field = CONFIRMED_AT[context.side];
  if (proposal[field]) return refuse('already_confirmed', `You confirmed this proposal on ${proposal[field]!.toISOString()}`);
  const other = context.side === 'mentee' ? proposal.mentorConfirmedAt : proposal.menteeConfirmedAt;
  if (!other) {
    return {
      ok: true,
      bothConfirmed: false,
      update: { entity: 'connection', id: connection.id, from: 'proposed', set: { status: 'proposed', ...confirmation(context.side, now) } },
      effects: [
        notify('proposal_your_turn', `connection:${connection.id}:your-turn`, otherOf(connection, context.side), {
          connectionId: connection.id,
          respondBy: proposal.respondBy,
        }),
      ],
    };
  }
  const approval = settings.approvalRequired;
  const effects: Notification[] = [
    ...toPair('proposal_confirmed', `connection:${connection.id}:confirmed`, connection, { connectionId: connection.id, awaitingApproval: approval }),
    ...(approval
      ? [notify('approval_needed', `connection:${connection.id}:approval-needed`, { role: 'staff' }, { connectionId: connection.id, menteeId: connection.menteeId, mentorId: connection.mentorId })]
      : []),
  ];
  return {
    ok: true,
    bothConfirmed: true,
    update: {
      entity: 'connection',
      id: connection.id,
      from: 'proposed',
      set: { status: approval ? 'awaiting_approval' : 'active', startedAt: approval ? null : now, ...confirmation(context.side, now) },
    },
    effects,
  };
}

/** One side declines, optionally saying why: the proposal ends, the other side is told. */
export function declineProposal(
  connection: ConnectionState,
  context: { side: Side; reason?: string | null },
  now: Date,
): Outcome<{ update: ConnectionUpdate }, ProposalRefusal> {
  if (connection.status !== 'proposed') return refuse('not_proposed', `This connection is ${connection.status}, not a proposal waiting for an answer`);
  const reason = context.reason?.trim() || null;
  const other = otherOf(connection, context.side);
  return {
    ok: true,
    update: {
      entity: 'connection',
      id: connection.id,
      from: 'proposed',
      set: { status: 'ended_early', endedAt: now, endedBy: context.side, endReason: reason ?? END_REASONS.proposalDeclined },
    },
    effects: [
      notify('proposal_declined', `connection:${connection.id}:declined`, other, {
        connectionId: connection.id,
        declinedBy: context.side,
        reason,
        suggestionsPath: other.role === 'mentee' ? SUGGESTIONS_PATH : null,
      }),
    ],
  };
}

/**
 * The tick: a proposal not confirmed by both when its window closes, or when the program ends,
 * lapses. Both sides are told; the mentee is pointed to other mentors unless the cohort is over.
 */
export function expireProposal(connection: ConnectionState, now: Date): Outcome<{ update: ConnectionUpdate }, ProposalRefusal> {
  const { proposal } = connection;
  if (connection.status !== 'proposed' || !proposal) return refuse('not_proposed', `This connection is ${connection.status}`);
  const programEnded = atOrAfter(proposal.respondBy, connection.endsAt);
  const due = programEnded ? connection.endsAt : proposal.respondBy;
  if (!atOrAfter(now, due)) return refuse('not_due', `This proposal is open until ${due.toISOString()}`);
  const event = `connection:${connection.id}:proposal-expired`;
  const payload = { connectionId: connection.id, programEnded };
  return {
    ok: true,
    update: {
      entity: 'connection',
      id: connection.id,
      from: 'proposed',
      set: { status: 'ended_early', endedAt: due, endReason: programEnded ? END_REASONS.proposalProgramEnded : END_REASONS.proposalExpired },
    },
    effects: [
      notify('proposal_expired', event, { role: 'mentee', id: connection.menteeId }, { ...payload, suggestionsPath: programEnded ? null : SUGGESTIONS_PATH }),
      notify('proposal_expired', event, { role: 'mentor', id: connection.mentorId }, { ...payload, suggestionsPath: null }),
    ],
  };
}

/**
 * Where a released proposal stands, for staff: still waiting, moved on (awaiting approval, active,
 * completed), declined by a side, expired unanswered, or ended some other way (after starting, or
 * because the mentor left).
 */
export function releaseState(connection: ConnectionState): ReleaseState {
  if (connection.status !== 'ended_early') return connection.status;
  if (connection.endReason === END_REASONS.proposalExpired || connection.endReason === END_REASONS.proposalProgramEnded) return 'expired';
  const proposal = connection.proposal;
  const confirmedByBoth = !!proposal?.menteeConfirmedAt && !!proposal?.mentorConfirmedAt;
  if (!confirmedByBoth && connection.endedBy !== null && connection.endReason !== END_REASONS.mentorLeft) return 'declined';
  return 'ended';
}
