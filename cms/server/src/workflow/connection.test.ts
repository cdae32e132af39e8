import { approve, complete, CONNECTION_STATUSES, endEarly, endForMentorLeaving, lapse, reject, type ConnectionStatus } from './connection';
import { aConnection, aProposal, at, MINUTE_MS, plus, settings } from './fixtures';
import { confirmProposal, declineProposal, expireProposal } from './proposal';

const now = at('2026-11-10T12:00:00Z');
const officialEnd = at('2027-03-01T00:00:00Z');

describe('connection state machine', () => {
  const commands = {
    approve: (status: ConnectionStatus) => approve(aConnection({ status }), { note: 'Good fit' }, now),
    reject: (status: ConnectionStatus) => reject(aConnection({ status }), { note: null }, now),
    end: (status: ConnectionStatus) => endEarly(aConnection({ status }), { actorId: 'mentee-1', reason: 'Changed track' }, now),
    complete: (status: ConnectionStatus) => complete(aConnection({ status }), officialEnd),
    mentorLeaves: (status: ConnectionStatus) => endForMentorLeaving(aConnection({ status }), now),
    lapse: (status: ConnectionStatus) => lapse(aConnection({ status }), officialEnd),
    confirmFirst: (status: ConnectionStatus) => confirmProposal(aProposal({ status }), { side: 'mentee' }, settings, now),
    confirmSecond: (status: ConnectionStatus) => confirmProposal(aProposal({ status }, { menteeConfirmedAt: now }), { side: 'mentor' }, settings, now),
    declineProposal: (status: ConnectionStatus) => declineProposal(aProposal({ status }), { side: 'mentor' }, now),
    expireProposal: (status: ConnectionStatus) => expireProposal(aProposal({ status }), at('2026-11-13T00:00:00Z')),
  };
  const legal: Record<keyof typeof commands, Partial<Record<ConnectionStatus, ConnectionStatus>>> = {
    approve: { awaiting_approval: 'active' },
    reject: { awaiting_approval: 'ended_early' },
    end: { awaiting_approval: 'ended_early', active: 'ended_early' },
    complete: { active: 'completed' },
    mentorLeaves: { proposed: 'ended_early', awaiting_approval: 'ended_early', active: 'ended_early' },
    lapse: { awaiting_approval: 'ended_early' },
    confirmFirst: { proposed: 'proposed' },
    confirmSecond: { proposed: 'active' },
    declineProposal: { proposed: 'ended_early' },
    expireProposal: { proposed: 'ended_early' },
  };
  const table = (Object.keys(commands) as (keyof typeof commands)[]).flatMap((command) => CONNECTION_STATUSES.map((status) => [command, status] as const));

  it.each(table)('%s from %s', (command, status) => {
    const outcome = commands[command](status);
    const to = legal[command][status];
    if (to) expect(outcome).toMatchObject({ ok: true, update: { entity: 'connection', from: status, set: { status: to } } });
    else expect(outcome).toMatchObject({ ok: false, code: expect.stringMatching(/^not_(active|awaiting_approval|proposed)$/) });
  });
});

describe('approval', () => {
  it('starts the clocks at approval and tells both sides', () => {
    const outcome = approve(aConnection({ status: 'awaiting_approval', startedAt: null }), { note: ' Welcome ' }, now);
    expect(outcome).toMatchObject({ ok: true, update: { set: { status: 'active', startedAt: now, approvalNote: 'Welcome' } } });
    expect(outcome.ok && outcome.effects.map((effect) => effect.dedupeKey)).toEqual(['connection:connection-1:approved@mentee', 'connection:connection-1:approved@mentor']);
  });

  it('on rejection points only the mentee to other mentors', () => {
    const outcome = reject(aConnection({ status: 'awaiting_approval' }), { note: 'Conflict of interest' }, now);
    expect(outcome).toMatchObject({
      ok: true,
      update: { set: { status: 'ended_early', endedAt: now, endReason: 'rejected by staff', approvalNote: 'Conflict of interest' } },
      effects: [
        { kind: 'connection_rejected', recipient: { role: 'mentee' }, payload: { suggestionsPath: '/portal/mentors' } },
        { kind: 'connection_rejected', recipient: { role: 'mentor' }, payload: { suggestionsPath: null } },
      ],
    });
  });
});

describe('ending early', () => {
  it.each([
    ['the mentee', 'mentee-1', 'mentor'],
    ['the mentor', 'mentor-1', 'mentee'],
  ] as const)('by %s tells the other side and staff', (_case, actorId, other) => {
    const outcome = endEarly(aConnection(), { actorId, reason: ' Moving abroad ' }, now);
    expect(outcome).toMatchObject({ ok: true, update: { set: { status: 'ended_early', endedAt: now, endReason: 'Moving abroad' } } });
    expect(outcome.ok && outcome.effects.map((effect) => effect.recipient.role)).toEqual([other, 'staff']);
  });

  it('refuses someone outside the pair and a blank reason', () => {
    expect(endEarly(aConnection(), { actorId: 'mentee-2', reason: 'x' }, now)).toMatchObject({ ok: false, code: 'not_yours' });
    expect(endEarly(aConnection(), { actorId: 'mentee-1', reason: ' ' }, now)).toMatchObject({ ok: false, code: 'invalid', field: 'reason' });
  });
});

describe('completion at the official end', () => {
  it('is not due a millisecond before the end and completes at it', () => {
    expect(complete(aConnection(), new Date(officialEnd.getTime() - 1))).toMatchObject({ ok: false, code: 'not_due' });
    expect(complete(aConnection(), officialEnd)).toMatchObject({ ok: true, update: { set: { status: 'completed', endedAt: officialEnd } } });
  });

  it('asks both sides for end feedback and says they may continue outside the program', () => {
    const outcome = complete(aConnection(), officialEnd);
    expect(outcome.ok && outcome.effects.map((effect) => [effect.kind, effect.recipient.role])).toEqual([
      ['connection_completed', 'mentee'],
      ['connection_completed', 'mentor'],
      ['feedback_requested', 'mentee'],
      ['feedback_requested', 'mentor'],
    ]);
  });
});

describe('a pair still awaiting approval at the official end', () => {
  const waiting = aConnection({ status: 'awaiting_approval', startedAt: null });

  it('is not due a millisecond before the end and lapses at it', () => {
    expect(lapse(waiting, new Date(officialEnd.getTime() - 1))).toMatchObject({ ok: false, code: 'not_due' });
    expect(lapse(waiting, plus(officialEnd, 5 * MINUTE_MS))).toMatchObject({
      ok: true,
      update: { from: 'awaiting_approval', set: { status: 'ended_early', endedAt: officialEnd, endReason: 'program ended before approval' } },
    });
  });

  it('tells both sides why, with no suggestions since the cohort is over', () => {
    const outcome = lapse(waiting, officialEnd);
    expect(outcome.ok && outcome.effects).toEqual([
      expect.objectContaining({ kind: 'connection_rejected', dedupeKey: 'connection:connection-1:lapsed@mentee', payload: expect.objectContaining({ suggestionsPath: null }) }),
      expect.objectContaining({ kind: 'connection_rejected', dedupeKey: 'connection:connection-1:lapsed@mentor', payload: expect.objectContaining({ suggestionsPath: null }) }),
    ]);
  });
});

it('at the mentor’s leave date re-suggests mentors to the mentee and tells staff', () => {
  expect(endForMentorLeaving(aConnection(), now)).toMatchObject({
    ok: true,
    update: { set: { status: 'ended_early', endedAt: now, endedBy: 'mentor', endReason: 'mentor left the program' } },
    effects: [
      { kind: 'mentor_left', recipient: { role: 'mentee', id: 'mentee-1' }, payload: { suggestionsPath: '/portal/mentors' } },
      { kind: 'mentor_left', recipient: { role: 'staff' }, payload: { suggestionsPath: null } },
    ],
  });
});
