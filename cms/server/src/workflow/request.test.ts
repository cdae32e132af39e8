import { aMentee, aMentor, aRequest, applyUpdate, at, MINUTE_MS, plus, settings } from './fixtures';
import { accept, ask, decline, expire, REQUEST_STATUSES, requestReminder, withdraw, type RequestStatus } from './request';

const created = at('2026-10-01T09:00:00Z');
const beforeWindowCloses = plus(created, 48 * 3_600_000 - MINUTE_MS);
const windowCloses = plus(created, 48 * 3_600_000);
const soon = plus(created, 3_600_000);
const acceptContext = { actorId: 'mentor-1', connectionId: 'connection-1', mentor: aMentor(), mentee: aMentee(), programEndsAt: at('2027-03-01T00:00:00Z') };

describe('ask', () => {
  const valid = { id: 'request-9', message: '  Hello, could we talk?  ', mentor: aMentor(), mentee: aMentee() };

  it('opens a pending request due 48 hours later and tells the mentor', () => {
    const outcome = ask(valid, settings, created);
    expect(outcome).toMatchObject({ ok: true, request: { status: 'pending', message: 'Hello, could we talk?', createdAt: created, respondBy: windowCloses } });
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.effects).toEqual([
      { kind: 'request_received', recipient: { role: 'mentor', id: 'mentor-1' }, dedupeKey: 'request:request-9:received@mentor', payload: { requestId: 'request-9', menteeId: 'mentee-1', respondBy: windowCloses } },
    ]);
  });

  const pendingTo = (mentorId: string) => aRequest({ id: `request-${mentorId}`, mentorId });
  it.each([
    ['an empty message', { message: '   ' }, 'invalid', 'message'],
    ['a paused mentor', { mentor: aMentor({ availability: 'paused' }) }, 'not_accepting', 'mentor'],
    ['a leaving mentor', { mentor: aMentor({ availability: 'leaving', leaveDate: at('2026-12-01T00:00:00Z') }) }, 'not_accepting', 'mentor'],
    ['a withdrawn mentor', { mentor: aMentor({ availability: 'withdrawn' }) }, 'not_accepting', 'mentor'],
    ['a mentor at capacity', { mentor: aMentor({ capacity: 2, heldSlots: 2 }) }, 'at_capacity', 'mentor'],
    ['a second open request to the same mentor', { mentee: aMentee({ pending: [pendingTo('mentor-1')] }) }, 'duplicate_pending', 'mentor'],
    ['a mentor already connected', { mentee: aMentee({ connectedMentorIds: ['mentor-1'] }) }, 'already_connected', 'mentor'],
    ['a mentee with all its mentors', { mentee: aMentee({ connectedMentorIds: ['mentor-7', 'mentor-8'] }) }, 'mentee_limit', undefined],
    ['a fourth open request', { mentee: aMentee({ pending: ['a', 'b', 'c'].map(pendingTo) }) }, 'pending_limit', undefined],
  ])('refuses %s', (_case, change, code, field) => {
    const outcome = ask({ ...valid, ...change }, settings, created);
    expect(outcome).toMatchObject({ ok: false, code });
    if (outcome.ok) throw new Error('accepted');
    expect(outcome.field).toBe(field);
    expect(outcome.message.length).toBeGreaterThan(0);
  });

  it('allows up to the limits: a mentor one below capacity, a third open request, a second mentor', () => {
    const mentee = aMentee({ pending: ['a', 'b'].map(pendingTo), connectedMentorIds: ['mentor-7'] });
    expect(ask({ ...valid, mentee, mentor: aMentor({ capacity: 2, heldSlots: 1 }) }, settings, created).ok).toBe(true);
  });
});

describe('request state machine', () => {
  const commands = {
    accept: (status: RequestStatus) => accept(aRequest({ status }), acceptContext, settings, soon),
    decline: (status: RequestStatus) => decline(aRequest({ status }), { actorId: 'mentor-1' }, soon),
    withdraw: (status: RequestStatus) => withdraw(aRequest({ status }), { actorId: 'mentee-1' }, soon),
    expire: (status: RequestStatus) => expire(aRequest({ status }), windowCloses),
  };
  const target = { accept: 'accepted', decline: 'declined', withdraw: 'withdrawn', expire: 'expired' } as const;
  const table = (Object.keys(commands) as (keyof typeof commands)[]).flatMap((command) => REQUEST_STATUSES.map((status) => [command, status] as const));

  it.each(table)('%s from %s', (command, status) => {
    const outcome = commands[command](status);
    if (status === 'pending') {
      expect(outcome).toMatchObject({ ok: true, update: { entity: 'request', id: 'request-1', from: 'pending', set: { status: target[command] } } });
    } else {
      expect(outcome).toMatchObject({ ok: false, code: 'not_pending', message: `This request is already ${status}` });
    }
  });

  it.each([
    ['accept', () => accept(aRequest(), { ...acceptContext, actorId: 'mentor-2' }, settings, soon)],
    ['accept by the mentee', () => accept(aRequest(), { ...acceptContext, actorId: 'mentee-1' }, settings, soon)],
    ['decline', () => decline(aRequest(), { actorId: 'mentor-2' }, soon)],
    ['withdraw by the mentor', () => withdraw(aRequest(), { actorId: 'mentor-1' }, soon)],
    ['withdraw by another mentee', () => withdraw(aRequest(), { actorId: 'mentee-2' }, soon)],
  ])('refuses %s by someone else as not_yours', (_case, run) => {
    expect(run()).toMatchObject({ ok: false, code: 'not_yours' });
  });
});

describe('the response window (48 h)', () => {
  it('accepts at 47 h 59 m and refuses at 48 h', () => {
    expect(accept(aRequest(), acceptContext, settings, beforeWindowCloses).ok).toBe(true);
    expect(accept(aRequest(), acceptContext, settings, windowCloses)).toMatchObject({ ok: false, code: 'expired' });
  });

  it('declines at 47 h 59 m and refuses at 48 h', () => {
    expect(decline(aRequest(), { actorId: 'mentor-1' }, beforeWindowCloses).ok).toBe(true);
    expect(decline(aRequest(), { actorId: 'mentor-1' }, windowCloses)).toMatchObject({ ok: false, code: 'expired' });
  });

  it('expires at 48 h, not a millisecond before, telling the mentee where to find other mentors', () => {
    expect(expire(aRequest(), plus(windowCloses, -1))).toMatchObject({ ok: false, code: 'not_due' });
    expect(expire(aRequest(), windowCloses)).toMatchObject({
      ok: true,
      effects: [{ kind: 'request_expired', recipient: { role: 'mentee', id: 'mentee-1' }, dedupeKey: 'request:request-1:expired@mentee', payload: { suggestionsPath: '/portal/mentors' } }],
    });
  });

  it('reminds the mentor from 24 h until the window closes', () => {
    const reminderAt = plus(created, 24 * 3_600_000);
    expect(requestReminder(aRequest(), settings, plus(reminderAt, -MINUTE_MS))).toBeNull();
    expect(requestReminder(aRequest(), settings, reminderAt)).toMatchObject({ kind: 'request_reminder', recipient: { role: 'mentor', id: 'mentor-1' }, dedupeKey: 'request:request-1:reminder@mentor' });
    expect(requestReminder(aRequest(), settings, beforeWindowCloses)).not.toBeNull();
    expect(requestReminder(aRequest(), settings, windowCloses)).toBeNull();
    expect(requestReminder(aRequest({ status: 'declined' }), settings, reminderAt)).toBeNull();
  });

  it('lets the mentee withdraw a request past its window that no tick has expired yet', () => {
    expect(withdraw(aRequest(), { actorId: 'mentee-1' }, windowCloses).ok).toBe(true);
  });
});

describe('accept', () => {
  it('opens an active connection when the program needs no approval', () => {
    const outcome = accept(aRequest(), acceptContext, settings, soon);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.connection).toMatchObject({ id: 'connection-1', status: 'active', startedAt: soon, endsAt: acceptContext.programEndsAt, requestId: 'request-1' });
    expect(outcome.update.set).toEqual({ status: 'accepted', respondedAt: soon });
    expect(outcome.effects.map((effect) => effect.kind)).toEqual(['request_accepted']);
  });

  it('waits for staff when the program requires approval, and tells them', () => {
    const outcome = accept(aRequest(), acceptContext, { ...settings, approvalRequired: true }, soon);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.connection).toMatchObject({ status: 'awaiting_approval', startedAt: null });
    expect(outcome.effects).toContainEqual(expect.objectContaining({ kind: 'approval_needed', recipient: { role: 'staff' } }));
    expect(outcome.effects).toContainEqual(expect.objectContaining({ kind: 'request_accepted', payload: expect.objectContaining({ awaitingApproval: true }) }));
  });

  it.each([
    ['the mentor is at capacity', { mentor: aMentor({ capacity: 3, heldSlots: 3 }) }, 'at_capacity'],
    ['the mentor is leaving', { mentor: aMentor({ availability: 'leaving' as const }) }, 'not_accepting'],
    ['the mentor has withdrawn', { mentor: aMentor({ availability: 'withdrawn' as const }) }, 'not_accepting'],
    ['the mentee has all its mentors', { mentee: aMentee({ connectedMentorIds: ['mentor-7', 'mentor-8'] }) }, 'mentee_limit'],
    ['the program has ended', { programEndsAt: soon }, 'program_over'],
  ])('refuses when %s', (_case, change, code) => {
    expect(accept(aRequest(), { ...acceptContext, ...change }, settings, soon)).toMatchObject({ ok: false, code });
  });

  it('lets a paused mentor answer a request received before pausing', () => {
    expect(accept(aRequest(), { ...acceptContext, mentor: aMentor({ availability: 'paused' }) }, settings, soon).ok).toBe(true);
  });

  it('withdraws the mentee’s other open requests when it fills its last place, and tells those mentors', () => {
    const others = [aRequest({ id: 'request-2', mentorId: 'mentor-2' }), aRequest({ id: 'request-3', mentorId: 'mentor-3' })];
    const mentee = aMentee({ pending: [aRequest(), ...others], connectedMentorIds: ['mentor-7'] });
    const outcome = accept(aRequest(), { ...acceptContext, mentee }, settings, soon);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.withdrawn).toEqual(others.map((other) => ({ entity: 'request', id: other.id, from: 'pending', set: { status: 'withdrawn', respondedAt: soon } })));
    expect(outcome.effects.filter((effect) => effect.kind === 'request_withdrawn')).toEqual(
      others.map((other) => ({ kind: 'request_withdrawn', recipient: { role: 'mentor', id: other.mentorId }, dedupeKey: `request:${other.id}:withdrawn@mentor`, payload: { requestId: other.id, menteeId: 'mentee-1', because: 'mentee_at_limit' } })),
    );
  });

  it('leaves the other requests open while the mentee still has a place', () => {
    const mentee = aMentee({ pending: [aRequest(), aRequest({ id: 'request-2', mentorId: 'mentor-2' })] });
    const outcome = accept(aRequest(), { ...acceptContext, mentee }, settings, soon);
    expect(outcome.ok && outcome.withdrawn).toEqual([]);
  });
});

describe('decline and withdraw', () => {
  it('records the reason, or none when blank, and points the mentee to other mentors', () => {
    const withReason = decline(aRequest(), { actorId: 'mentor-1', reason: ' Travelling all autumn ' }, soon);
    expect(withReason).toMatchObject({ ok: true, update: { set: { status: 'declined', reason: 'Travelling all autumn', respondedAt: soon } }, effects: [{ kind: 'request_declined', payload: { reason: 'Travelling all autumn', suggestionsPath: '/portal/mentors' } }] });
    expect(decline(aRequest(), { actorId: 'mentor-1', reason: '  ' }, soon)).toMatchObject({ ok: true, update: { set: { reason: null } } });
  });

  it('tells the mentor a request was withdrawn by its mentee', () => {
    expect(withdraw(aRequest(), { actorId: 'mentee-1' }, soon)).toMatchObject({ ok: true, effects: [{ kind: 'request_withdrawn', recipient: { role: 'mentor', id: 'mentor-1' }, payload: { because: 'mentee_withdrew' } }] });
  });

  it('writes nothing the second time: the update is conditional on pending', () => {
    const outcome = withdraw(aRequest(), { actorId: 'mentee-1' }, soon);
    if (!outcome.ok) throw new Error(outcome.message);
    const once = applyUpdate(aRequest(), outcome.update);
    expect(applyUpdate(once, outcome.update)).toBe(once);
    expect(withdraw(once, { actorId: 'mentee-1' }, soon)).toMatchObject({ ok: false, code: 'not_pending' });
  });
});
