import { DAY_MS, HOUR_MS } from './calendar';
import { aConnection, aHealthyActivity, aMentor, aRequest, aSnapshot, at, emptyTick, MINUTE_MS, plus, settings } from './fixtures';
import { tick, type TickResult, type TickSnapshot } from './time-rules';
import type { ConnectionActivity } from './activity';

const keys = (result: TickResult) => result.notifications.map((notification) => notification.dedupeKey);
const started = at('2026-09-01T00:00:00Z');
const onConnection = (activity: Partial<ConnectionActivity>, now: Date, connection = {}) =>
  keys(tick({ ...emptyTick(), activeConnections: [aSnapshot({ ...aHealthyActivity(), ...activity }, connection)] }, settings, now));

describe('requests', () => {
  const created = at('2026-10-01T09:00:00Z');
  const run = (now: Date) => tick({ ...emptyTick(), pendingRequests: [aRequest()] }, settings, now);

  it.each([
    ['23 h 59 m', plus(created, 24 * HOUR_MS - MINUTE_MS), [], 0],
    ['24 h', plus(created, 24 * HOUR_MS), ['request:request-1:reminder@mentor'], 0],
    ['47 h 59 m', plus(created, 48 * HOUR_MS - MINUTE_MS), ['request:request-1:reminder@mentor'], 0],
    ['48 h', plus(created, 48 * HOUR_MS), [], 1],
  ])('at %s', (_case, now, expectedKeys, expiries) => {
    const result = run(now);
    expect(keys(result)).toEqual(expectedKeys);
    expect(result.transitions).toHaveLength(expiries);
  });

  it('expires at 48 h with the mentee told', () => {
    expect(run(plus(created, 48 * HOUR_MS)).transitions).toEqual([
      {
        update: { entity: 'request', id: 'request-1', from: 'pending', set: { status: 'expired' } },
        effects: [expect.objectContaining({ kind: 'request_expired', dedupeKey: 'request:request-1:expired@mentee' })],
      },
    ]);
  });
});

describe('mentee outreach', () => {
  const signedUpAt = at('2026-09-01T12:00:00Z');
  const run = (now: Date, reachedOutAt: Date | null = null) =>
    keys(tick({ ...emptyTick(), menteesYetToReachOut: [{ id: 'mentee-1', signedUpAt, reachedOutAt }] }, settings, now));

  it.each([
    ['4 d 23 h 59 m', plus(signedUpAt, 5 * DAY_MS - MINUTE_MS), []],
    ['5 d', plus(signedUpAt, 5 * DAY_MS), ['outreach:mentee-1:reminder@mentee']],
    ['6 d 23 h 59 m', plus(signedUpAt, 7 * DAY_MS - MINUTE_MS), ['outreach:mentee-1:reminder@mentee']],
    ['7 d', plus(signedUpAt, 7 * DAY_MS), ['outreach:mentee-1:flag@staff']],
  ])('at %s after sign-up', (_case, now, expected) => {
    expect(run(now)).toEqual(expected);
  });

  it('says nothing once the mentee has reached out', () => {
    expect(run(plus(signedUpAt, 8 * DAY_MS), plus(signedUpAt, DAY_MS))).toEqual([]);
  });
});

describe('cadence: contacts per calendar month', () => {
  it.each([
    ['19 October 23:59', at('2026-10-19T23:59:00Z'), 1, []],
    ['20 October 00:00', at('2026-10-20T00:00:00Z'), 1, ['cadence:connection-1:2026-10:reminder@mentee', 'cadence:connection-1:2026-10:reminder@mentor']],
    ['20 October with two contacts', at('2026-10-20T00:00:00Z'), 2, []],
    ['31 October 23:59', at('2026-10-31T23:59:59Z'), 1, ['cadence:connection-1:2026-10:reminder@mentee', 'cadence:connection-1:2026-10:reminder@mentor']],
    ['1 November 00:00, October closed', at('2026-11-01T00:00:00Z'), 1, ['cadence:connection-1:2026-10:flag@staff']],
  ])('%s', (_case, now, october, expected) => {
    expect(onConnection({ contactsByMonth: { '2026-09': 2, '2026-10': october, '2026-11': 2 } }, now).filter((key) => key.startsWith('cadence'))).toEqual(expected);
  });

  it('exempts the partial first month and the partial last month', () => {
    const connection = { startedAt: at('2026-09-03T00:00:00Z'), endsAt: at('2027-03-15T00:00:00Z') };
    expect(onConnection({ contactsByMonth: {} }, at('2026-09-25T00:00:00Z'), connection).filter((key) => key.startsWith('cadence'))).toEqual([]);
    expect(onConnection({ contactsByMonth: {} }, at('2026-10-01T00:00:00Z'), connection).filter((key) => key.startsWith('cadence'))).toEqual([]);
    expect(onConnection({ contactsByMonth: {} }, at('2027-03-10T00:00:00Z'), connection).filter((key) => key.startsWith('cadence'))).toEqual(['cadence:connection-1:2027-02:flag@staff']);
  });
});

describe('first meeting (in person or video)', () => {
  const noMeeting = { firstMeetingAt: null };
  it.each([
    ['day 20 23:59', plus(started, 21 * DAY_MS - MINUTE_MS), []],
    ['day 21', plus(started, 21 * DAY_MS), ['first-meeting:connection-1:reminder@mentee', 'first-meeting:connection-1:reminder@mentor']],
    ['day 29 23:59', plus(started, 30 * DAY_MS - MINUTE_MS), ['first-meeting:connection-1:reminder@mentee', 'first-meeting:connection-1:reminder@mentor']],
    ['day 30', plus(started, 30 * DAY_MS), ['first-meeting:connection-1:flag@staff']],
  ])('without a meeting at %s', (_case, now, expected) => {
    expect(onConnection(noMeeting, now).filter((key) => key.startsWith('first-meeting'))).toEqual(expected);
  });

  it('is satisfied by a meeting, but not by one logged for later', () => {
    const day30 = plus(started, 30 * DAY_MS);
    expect(onConnection({ firstMeetingAt: plus(started, 29 * DAY_MS) }, day30).filter((key) => key.startsWith('first-meeting'))).toEqual([]);
    expect(onConnection({ firstMeetingAt: plus(day30, DAY_MS) }, day30).filter((key) => key.startsWith('first-meeting'))).toEqual(['first-meeting:connection-1:flag@staff']);
  });
});

describe('goals agreed', () => {
  it.each([
    ['day 13 23:59', plus(started, 14 * DAY_MS - MINUTE_MS), 1, []],
    ['day 14', plus(started, 14 * DAY_MS), 1, ['goals:connection-1:reminder@mentee', 'goals:connection-1:reminder@mentor']],
    ['day 14 with two agreed', plus(started, 14 * DAY_MS), 2, []],
    ['day 29 23:59', plus(started, 30 * DAY_MS - MINUTE_MS), 0, ['goals:connection-1:reminder@mentee', 'goals:connection-1:reminder@mentor']],
    ['day 30', plus(started, 30 * DAY_MS), 1, ['goals:connection-1:flag@staff']],
  ])('at %s', (_case, now, goalsAgreed, expected) => {
    expect(onConnection({ goalsAgreed }, now).filter((key) => key.startsWith('goals'))).toEqual(expected);
  });
});

describe('fit check, mid-point feedback and program end', () => {
  const meeting = at('2026-09-05T17:00:00Z');
  it('asks “is this a good fit?” a day after the first meeting', () => {
    expect(onConnection({}, plus(meeting, 24 * HOUR_MS - MINUTE_MS))).not.toContain('fit-check:connection-1@mentee');
    expect(onConnection({}, plus(meeting, 24 * HOUR_MS))).toEqual(['fit-check:connection-1@mentee', 'fit-check:connection-1@mentor']);
  });

  it('asks for mid-point feedback from half-way through', () => {
    const ends = at('2027-03-01T00:00:00Z');
    const midpoint = new Date((started.getTime() + ends.getTime()) / 2);
    const feedback = (now: Date) => onConnection({}, now).filter((key) => key.startsWith('feedback'));
    expect(feedback(plus(midpoint, -1))).toEqual([]);
    expect(feedback(midpoint)).toEqual(['feedback:connection-1:midpoint@mentee', 'feedback:connection-1:midpoint@mentor']);
  });

  it('completes the connection at its official end, with end feedback, and no other notices', () => {
    const ends = at('2027-03-01T00:00:00Z');
    const run = (now: Date) => tick({ ...emptyTick(), activeConnections: [aSnapshot(aHealthyActivity())] }, settings, now);
    expect(run(plus(ends, -1)).transitions).toEqual([]);
    const result = run(ends);
    expect(result.notifications).toEqual([]);
    expect(result.transitions).toEqual([
      expect.objectContaining({ update: { entity: 'connection', id: 'connection-1', from: 'active', set: { status: 'completed', endedAt: ends } } }),
    ]);
    expect(result.transitions[0].effects.map((effect) => effect.dedupeKey)).toEqual([
      'connection:connection-1:completed@mentee',
      'connection:connection-1:completed@mentor',
      'feedback:connection-1:end@mentee',
      'feedback:connection-1:end@mentor',
    ]);
  });
});

it('lapses a pair still awaiting approval at the official end, and leaves it alone before', () => {
  const ends = at('2027-03-01T00:00:00Z');
  const snapshot = { ...emptyTick(), awaitingApproval: [aConnection({ status: 'awaiting_approval', startedAt: null, endsAt: ends })] };
  expect(tick(snapshot, settings, plus(ends, -1))).toEqual({ transitions: [], notifications: [] });
  expect(tick(snapshot, settings, ends).transitions.map(({ update }) => [update.id, update.from, 'status' in update.set && update.set.status])).toEqual([
    ['connection-1', 'awaiting_approval', 'ended_early'],
  ]);
});

describe('leave dates', () => {
  const leaveDate = at('2026-12-01T00:00:00Z');
  const snapshot: TickSnapshot = {
    ...emptyTick(),
    leavingMentors: [{ mentor: { ...aMentor({ leaveDate }), availability: 'leaving', leaveDate }, connections: [aConnection(), aConnection({ id: 'connection-2', menteeId: 'mentee-2', status: 'awaiting_approval' })] }],
  };

  it('does nothing before the leave date, then withdraws the mentor and ends each connection', () => {
    expect(tick(snapshot, settings, plus(leaveDate, -1)).transitions).toEqual([]);
    const result = tick(snapshot, settings, leaveDate);
    expect(result.transitions.map(({ update }) => [update.entity, update.id, update.from, 'status' in update.set ? update.set.status : update.set])).toEqual([
      ['mentor', 'mentor-1', 'leaving', { availability: 'withdrawn', leaveDate }],
      ['connection', 'connection-1', 'active', 'ended_early'],
      ['connection', 'connection-2', 'awaiting_approval', 'ended_early'],
    ]);
    expect(result.transitions.flatMap(({ effects }) => effects.map((effect) => effect.dedupeKey))).toEqual([
      'connection:connection-1:mentor-left@mentee',
      'connection:connection-1:mentor-left@staff',
      'connection:connection-2:mentor-left@mentee',
      'connection:connection-2:mentor-left@staff',
    ]);
  });
});
