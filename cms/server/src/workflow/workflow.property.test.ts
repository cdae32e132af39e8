import fc from 'fast-check';
import type { ConnectionSnapshot } from './activity';
import { DAY_MS, monthKey } from './calendar';
import { approve, complete, CONNECTION_STATUSES, endEarly, endForMentorLeaving, isFinalConnection, lapse, reject } from './connection';
import { aConnection, aMentee, aMentor, aRequest, aSnapshot, at, emptyTick, plus, settings } from './fixtures';
import { agree, GOAL_STATUSES, isFinalGoal, moveGoal } from './goal';
import { connectionHealth } from './health';
import { accept, decline, expire, isFinalRequest, REQUEST_STATUSES, withdraw } from './request';
import { tick, type TickResult, type TickSnapshot } from './time-rules';

const origin = at('2026-09-01T00:00:00Z');
const instant = fc.integer({ min: 0, max: 220 * 24 * 60 }).map((minutes) => plus(origin, minutes * 60_000));
const maybeInstant = fc.option(instant, { nil: null });

const requestRow = fc.record({ n: fc.nat(50), createdAt: instant }).map(({ n, createdAt }) =>
  aRequest({ id: `request-${n}`, mentorId: `mentor-${n}`, createdAt, respondBy: plus(createdAt, 48 * 3_600_000) }),
);
const menteeRow = fc.record({ n: fc.nat(50), signedUpAt: instant, reachedOutAt: maybeInstant }).map(({ n, signedUpAt, reachedOutAt }) => ({ id: `mentee-${n}`, signedUpAt, reachedOutAt }));
const connectionRow: fc.Arbitrary<ConnectionSnapshot> = fc
  .record({
    n: fc.nat(50),
    startedAt: instant,
    months: fc.integer({ min: 1, max: 7 }),
    contacts: fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.nat(4)), { maxLength: 8 }),
    firstMeetingAt: maybeInstant,
    lastContactAt: maybeInstant,
    goalsAgreed: fc.nat(3),
  })
  .map(({ n, startedAt, months, contacts, firstMeetingAt, lastContactAt, goalsAgreed }) =>
    aSnapshot(
      {
        contactsByMonth: Object.fromEntries(contacts.map(([month, count]) => [monthKey(plus(origin, month * 31 * DAY_MS)), count])),
        firstMeetingAt,
        lastContactAt,
        goalsAgreed,
      },
      { id: `connection-${n}`, menteeId: `mentee-${n}`, startedAt, endsAt: plus(startedAt, months * 30 * DAY_MS) },
    ),
  );
const awaitingRow = fc.record({ n: fc.nat(50), endsAt: instant }).map(({ n, endsAt }) =>
  aConnection({ id: `awaiting-${n}`, menteeId: `mentee-${n}`, status: 'awaiting_approval', startedAt: null, endsAt }),
);
const uniqueBy = <T extends { id: string }>(rows: T[]) => [...new Map(rows.map((row) => [row.id, row])).values()];
const tickSnapshot: fc.Arbitrary<TickSnapshot> = fc
  .record({
    requests: fc.array(requestRow, { maxLength: 6 }),
    mentees: fc.array(menteeRow, { maxLength: 6 }),
    connections: fc.array(connectionRow, { maxLength: 6 }),
    awaiting: fc.array(awaitingRow, { maxLength: 3 }),
  })
  .map(({ requests, mentees, connections, awaiting }) => ({
    ...emptyTick(),
    pendingRequests: uniqueBy(requests),
    menteesYetToReachOut: uniqueBy(mentees),
    activeConnections: [...new Map(connections.map((entry) => [entry.connection.id, entry])).values()],
    awaitingApproval: uniqueBy(awaiting),
  }));

const allKeys = (result: TickResult) => [...result.notifications, ...result.transitions.flatMap(({ effects }) => effects)].map((notification) => notification.dedupeKey);

/** What a repository does with a tick's output: write the outbox rows and the status changes. */
const applied = (snapshot: TickSnapshot, result: TickResult): TickSnapshot => {
  const changed = new Set(result.transitions.map(({ update }) => `${update.entity}:${update.id}`));
  return {
    ...snapshot,
    pendingRequests: snapshot.pendingRequests.filter((request) => !changed.has(`request:${request.id}`)),
    activeConnections: snapshot.activeConnections.filter(({ connection }) => !changed.has(`connection:${connection.id}`)),
    awaitingApproval: snapshot.awaitingApproval.filter((connection) => !changed.has(`connection:${connection.id}`)),
    issued: new Set([...snapshot.issued, ...allKeys(result)]),
  };
};

describe('tick properties', () => {
  it('gives the same output for the same snapshot and now', () => {
    fc.assert(fc.property(tickSnapshot, instant, (snapshot, now) => expect(tick(snapshot, settings, now)).toEqual(tick(snapshot, settings, now))));
  });

  it('yields nothing new once its output is applied', () => {
    fc.assert(
      fc.property(tickSnapshot, instant, (snapshot, now) => {
        const again = tick(applied(snapshot, tick(snapshot, settings, now)), settings, now);
        expect(again).toEqual({ transitions: [], notifications: [] });
      }),
    );
  });

  it('gives every notification of one run its own dedupe key', () => {
    fc.assert(
      fc.property(tickSnapshot, instant, (snapshot, now) => {
        const keys = allKeys(tick(snapshot, settings, now));
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });

  it('never calls a connection on track while a flag for it is due', () => {
    fc.assert(
      fc.property(connectionRow, instant, (entry, now) => {
        const flags = tick({ ...emptyTick(), activeConnections: [entry] }, settings, now).notifications.filter((notification) => notification.kind.endsWith('_flag'));
        if (flags.length > 0) expect(connectionHealth(entry, settings, now).status).not.toBe('on_track');
      }),
    );
  });
});

describe('final states', () => {
  const now = at('2026-10-01T10:00:00Z');
  const finalRequest = fc.constantFrom(...REQUEST_STATUSES.filter(isFinalRequest));
  const finalConnection = fc.constantFrom(...CONNECTION_STATUSES.filter(isFinalConnection));
  const finalGoal = fc.constantFrom(...GOAL_STATUSES.filter(isFinalGoal));

  it('no command moves a request out of a final status', () => {
    fc.assert(
      fc.property(finalRequest, instant, (status, when) => {
        const request = aRequest({ status });
        const context = { actorId: 'mentor-1', connectionId: 'c', mentor: aMentor(), mentee: aMentee(), programEndsAt: at('2028-01-01T00:00:00Z') };
        for (const outcome of [accept(request, context, settings, when), decline(request, { actorId: 'mentor-1' }, when), withdraw(request, { actorId: 'mentee-1' }, when), expire(request, when)]) {
          expect(outcome.ok).toBe(false);
        }
      }),
    );
  });

  it('no command moves a connection out of a final status', () => {
    fc.assert(
      fc.property(finalConnection, instant, (status, when) => {
        const connection = aConnection({ status });
        for (const outcome of [
          approve(connection, {}, when),
          reject(connection, {}, when),
          endEarly(connection, { actorId: 'mentee-1', reason: 'r' }, when),
          complete(connection, plus(connection.endsAt, DAY_MS)),
          endForMentorLeaving(connection, when),
          lapse(connection, plus(connection.endsAt, DAY_MS)),
        ]) {
          expect(outcome.ok).toBe(false);
        }
      }),
    );
  });

  it('no move or agreement takes a goal out of a final status', () => {
    fc.assert(
      fc.property(finalGoal, fc.constantFrom(...GOAL_STATUSES), fc.constantFrom('mentee' as const, 'mentor' as const), (status, to, side) => {
        const goal = { id: 'g', connectionId: 'c', title: 't', category: 'academic' as const, status, agreedBy: { mentee: false, mentor: false }, agreedAt: null };
        expect(moveGoal(goal, to).ok).toBe(false);
        expect(agree(goal, side, now).ok).toBe(false);
      }),
    );
  });
});
