import { endForMentorLeaving } from './connection';
import { aMentee, aMentor, aProposal, aRequest, at, emptyTick, MINUTE_MS, plus, settings } from './fixtures';
import { confirmProposal, declineProposal, expireProposal, proposeConnection, releaseState } from './proposal';
import { tick } from './time-rules';

const now = at('2026-11-10T10:00:00Z');
const endsAt = at('2027-03-01T00:00:00Z');
const propose = (overrides: { mentor?: Parameters<typeof aMentor>[0]; mentee?: Parameters<typeof aMentee>[0]; endsAt?: Date } = {}) =>
  proposeConnection({ id: 'connection-1', mentor: aMentor(overrides.mentor), mentee: aMentee(overrides.mentee), endsAt: overrides.endsAt ?? endsAt, compatibility: 82 }, settings, now);

describe('releasing a proposal', () => {
  it('opens a proposed connection both sides must confirm within the request response window', () => {
    const outcome = propose();
    expect(outcome).toMatchObject({
      ok: true,
      connection: {
        status: 'proposed',
        menteeId: 'mentee-1',
        mentorId: 'mentor-1',
        requestId: null,
        startedAt: null,
        endsAt,
        proposal: { respondBy: plus(now, settings.requestResponseHours * 60 * MINUTE_MS), menteeConfirmedAt: null, mentorConfirmedAt: null, compatibility: 82 },
      },
    });
  });

  it('tells each side, with the deadline and the compatibility', () => {
    const outcome = propose();
    expect(outcome.ok && outcome.effects).toEqual([
      expect.objectContaining({ kind: 'connection_proposed', dedupeKey: 'connection:connection-1:proposed@mentee', payload: { connectionId: 'connection-1', respondBy: at('2026-11-12T10:00:00Z'), compatibility: 82 } }),
      expect.objectContaining({ kind: 'connection_proposed', dedupeKey: 'connection:connection-1:proposed@mentor', recipient: { role: 'mentor', id: 'mentor-1' } }),
    ]);
  });

  it.each([
    ['a paused mentor', { mentor: { availability: 'paused' as const } }, 'not_accepting'],
    ['a leaving mentor', { mentor: { availability: 'leaving' as const, leaveDate: endsAt } }, 'not_accepting'],
    ['a mentor whose places are all held', { mentor: { capacity: 2, heldSlots: 2 } }, 'at_capacity'],
    ['a mentee already with this mentor', { mentee: { connectedMentorIds: ['mentor-1'] } }, 'already_connected'],
    ['a mentee with an open request to this mentor', { mentee: { pending: [aRequest()] } }, 'duplicate_pending'],
    ['a mentee at its limit of mentors', { mentee: { connectedMentorIds: ['mentor-2', 'mentor-3'] } }, 'mentee_limit'],
    ['a program already over', { endsAt: now }, 'program_over'],
  ])('is refused for %s', (_case, overrides, code) => {
    expect(propose(overrides)).toMatchObject({ ok: false, code });
  });

  it('still proposes to a mentor with one place left and a mentee one under its limit', () => {
    expect(propose({ mentor: { capacity: 3, heldSlots: 2 }, mentee: { connectedMentorIds: ['mentor-2'] } })).toMatchObject({ ok: true });
  });
});

describe('confirming', () => {
  const during = at('2026-11-11T09:00:00Z');

  it('records the first side and changes nothing else; the other side is told it is its turn', () => {
    expect(confirmProposal(aProposal(), { side: 'mentor' }, settings, during)).toEqual({
      ok: true,
      bothConfirmed: false,
      update: { entity: 'connection', id: 'connection-1', from: 'proposed', set: { status: 'proposed', mentorConfirmedAt: during } },
      effects: [
        {
          kind: 'proposal_your_turn',
          recipient: { role: 'mentee', id: 'mentee-1' },
          dedupeKey: 'connection:connection-1:your-turn@mentee',
          payload: { connectionId: 'connection-1', respondBy: at('2026-11-12T10:00:00Z') },
        },
      ],
    });
  });

  it('by the second side starts the connection when the program needs no approval', () => {
    const outcome = confirmProposal(aProposal({}, { mentorConfirmedAt: now }), { side: 'mentee' }, { approvalRequired: false }, during);
    expect(outcome).toMatchObject({ ok: true, bothConfirmed: true, update: { from: 'proposed', set: { status: 'active', startedAt: during, menteeConfirmedAt: during } } });
    expect(outcome.ok && outcome.effects.map((effect) => [effect.kind, effect.recipient.role, effect.payload])).toEqual([
      ['proposal_confirmed', 'mentee', { connectionId: 'connection-1', awaitingApproval: false }],
      ['proposal_confirmed', 'mentor', { connectionId: 'connection-1', awaitingApproval: false }],
    ]);
  });

  it('by the second side waits for staff when the program requires approval, and asks them', () => {
    const outcome = confirmProposal(aProposal({}, { menteeConfirmedAt: now }), { side: 'mentor' }, { approvalRequired: true }, during);
    expect(outcome).toMatchObject({ ok: true, update: { set: { status: 'awaiting_approval', startedAt: null, mentorConfirmedAt: during } } });
    expect(outcome.ok && outcome.effects.map((effect) => effect.dedupeKey)).toEqual([
      'connection:connection-1:confirmed@mentee',
      'connection:connection-1:confirmed@mentor',
      'connection:connection-1:approval-needed@staff',
    ]);
  });

  it('refuses a side confirming twice', () => {
    expect(confirmProposal(aProposal({}, { menteeConfirmedAt: now }), { side: 'mentee' }, settings, during)).toMatchObject({ ok: false, code: 'already_confirmed' });
  });

  it('is open until a millisecond before the deadline, then refused as expired', () => {
    const respondBy = at('2026-11-12T10:00:00Z');
    expect(confirmProposal(aProposal(), { side: 'mentee' }, settings, plus(respondBy, -1))).toMatchObject({ ok: true });
    expect(confirmProposal(aProposal(), { side: 'mentee' }, settings, respondBy)).toMatchObject({ ok: false, code: 'expired' });
  });

  it('is refused once the program is over', () => {
    expect(confirmProposal(aProposal({ endsAt: at('2026-11-11T00:00:00Z') }), { side: 'mentee' }, settings, during)).toMatchObject({ ok: false, code: 'program_over' });
  });
});

describe('declining', () => {
  it('ends the proposal with the side’s reason and tells the other side', () => {
    const outcome = declineProposal(aProposal(), { side: 'mentor', reason: ' Travelling all spring ' }, now);
    expect(outcome).toMatchObject({
      ok: true,
      update: { from: 'proposed', set: { status: 'ended_early', endedAt: now, endedBy: 'mentor', endReason: 'Travelling all spring' } },
      effects: [
        {
          kind: 'proposal_declined',
          recipient: { role: 'mentee', id: 'mentee-1' },
          payload: { connectionId: 'connection-1', declinedBy: 'mentor', reason: 'Travelling all spring', suggestionsPath: '/portal/mentors' },
        },
      ],
    });
  });

  it('without a reason says the proposal was declined; the mentor gets no suggestions link', () => {
    const outcome = declineProposal(aProposal(), { side: 'mentee' }, now);
    expect(outcome).toMatchObject({
      ok: true,
      update: { set: { endedBy: 'mentee', endReason: 'proposal declined' } },
      effects: [{ recipient: { role: 'mentor' }, payload: { reason: null, suggestionsPath: null } }],
    });
  });

  it('is refused once the proposal was answered', () => {
    expect(declineProposal(aProposal({ status: 'active' }), { side: 'mentee' }, now)).toMatchObject({ ok: false, code: 'not_proposed' });
  });
});

describe('a proposal nobody confirmed in time', () => {
  const respondBy = at('2026-11-12T10:00:00Z');

  it('is not due a millisecond before its deadline and lapses at it', () => {
    expect(expireProposal(aProposal(), plus(respondBy, -1))).toMatchObject({ ok: false, code: 'not_due' });
    expect(expireProposal(aProposal({}, { menteeConfirmedAt: now }), plus(respondBy, 5 * MINUTE_MS))).toMatchObject({
      ok: true,
      update: { from: 'proposed', set: { status: 'ended_early', endedAt: respondBy, endReason: 'proposal expired' } },
      effects: [
        { kind: 'proposal_expired', dedupeKey: 'connection:connection-1:proposal-expired@mentee', payload: { programEnded: false, suggestionsPath: '/portal/mentors' } },
        { kind: 'proposal_expired', dedupeKey: 'connection:connection-1:proposal-expired@mentor', payload: { programEnded: false, suggestionsPath: null } },
      ],
    });
  });

  it('ends at the program’s end when that comes first, with no suggestions', () => {
    const programEnd = at('2026-11-11T00:00:00Z');
    expect(expireProposal(aProposal({ endsAt: programEnd }), programEnd)).toMatchObject({
      ok: true,
      update: { set: { status: 'ended_early', endedAt: programEnd, endReason: 'program ended before both confirmed' } },
      effects: [{ payload: { programEnded: true, suggestionsPath: null } }, { payload: { programEnded: true, suggestionsPath: null } }],
    });
  });

  it('is found by the tick, once', () => {
    const snapshot = { ...emptyTick(), proposals: [aProposal()] };
    expect(tick(snapshot, settings, plus(respondBy, -1)).transitions).toEqual([]);
    const due = tick(snapshot, settings, respondBy);
    expect(due.transitions.map(({ update }) => [update.entity, update.id, update.from])).toEqual([['connection', 'connection-1', 'proposed']]);
    expect(tick({ ...snapshot, proposals: [aProposal({ status: 'ended_early' })] }, settings, respondBy).transitions).toEqual([]);
  });
});

it('ends at the mentor’s leave date like any connection', () => {
  expect(endForMentorLeaving(aProposal(), now)).toMatchObject({ ok: true, update: { from: 'proposed', set: { status: 'ended_early', endReason: 'mentor left the program' } } });
});

describe('release state, as staff see it', () => {
  it.each([
    ['waiting', aProposal(), 'proposed'],
    ['both confirmed, awaiting approval', aProposal({ status: 'awaiting_approval' }, { menteeConfirmedAt: now, mentorConfirmedAt: now }), 'awaiting_approval'],
    ['running', aProposal({ status: 'active', startedAt: now }, { menteeConfirmedAt: now, mentorConfirmedAt: now }), 'active'],
    ['declined by the mentee', aProposal({ status: 'ended_early', endedBy: 'mentee', endReason: 'No time' }), 'declined'],
    ['declined after the mentor confirmed', aProposal({ status: 'ended_early', endedBy: 'mentee', endReason: 'proposal declined' }, { mentorConfirmedAt: now }), 'declined'],
    ['expired', aProposal({ status: 'ended_early', endReason: 'proposal expired' }), 'expired'],
    ['cut short by the program end', aProposal({ status: 'ended_early', endReason: 'program ended before both confirmed' }), 'expired'],
    ['ended by the mentor leaving', aProposal({ status: 'ended_early', endedBy: 'mentor', endReason: 'mentor left the program' }), 'ended'],
    ['ended early after it started', aProposal({ status: 'ended_early', endedBy: 'mentor', endReason: 'Moved' }, { menteeConfirmedAt: now, mentorConfirmedAt: now }), 'ended'],
    ['completed', aProposal({ status: 'completed' }, { menteeConfirmedAt: now, mentorConfirmedAt: now }), 'completed'],
  ] as const)('%s', (_case, connection, state) => {
    expect(releaseState(connection)).toBe(state);
  });
});
