import { DAY_MS } from './calendar';
import { aMentor, at, plus, settings } from './fixtures';
import { announceLeave, AVAILABILITIES, isAcceptingRequests, reviewMentor } from './mentor';

const now = at('2026-10-01T09:00:00Z');
const fullNotice = plus(now, 30 * DAY_MS);

describe('giving notice', () => {
  it.each(AVAILABILITIES.filter((availability) => availability !== 'withdrawn'))('goes leaving from %s with 30 days’ notice', (availability) => {
    expect(announceLeave(aMentor({ availability }), fullNotice, settings, now)).toMatchObject({
      ok: true,
      update: { entity: 'mentor', from: availability, set: { availability: 'leaving', leaveDate: fullNotice } },
      effects: [{ kind: 'mentor_leaving', recipient: { role: 'staff' }, dedupeKey: `mentor:mentor-1:leaving:${fullNotice.toISOString()}@staff` }],
    });
  });

  it('refuses a leave date a millisecond short of 30 days, naming the field', () => {
    expect(announceLeave(aMentor(), plus(fullNotice, -1), settings, now)).toMatchObject({ ok: false, code: 'notice_too_short', field: 'leaveDate', message: 'must be at least 30 days from now' });
  });

  it('refuses a mentor who has already left', () => {
    expect(announceLeave(aMentor({ availability: 'withdrawn' }), fullNotice, settings, now)).toMatchObject({ ok: false, code: 'withdrawn' });
  });
});

describe('accepting requests', () => {
  it.each([
    [aMentor(), true],
    [aMentor({ capacity: 2, heldSlots: 1 }), true],
    [aMentor({ capacity: 2, heldSlots: 2 }), false],
    [aMentor({ availability: 'paused' }), false],
    [aMentor({ availability: 'leaving' }), false],
    [aMentor({ availability: 'withdrawn' }), false],
  ])('%o → %s', (mentor, accepting) => {
    expect(isAcceptingRequests(mentor)).toBe(accepting);
  });
});

describe('reviewing a mentor profile', () => {
  const waiting = { id: 'mentor-1', reviewStatus: 'pending_review' as const };

  it.each([
    ['approve', 'approved'],
    ['reject', 'rejected'],
  ] as const)('%s: writes %s only while the profile waits, and tells the mentor with the trimmed note', (decision, reviewStatus) => {
    expect(reviewMentor(waiting, decision, { note: '  See the FAQ.  ' })).toEqual({
      ok: true,
      update: { entity: 'mentorReview', id: 'mentor-1', from: 'pending_review', set: { reviewStatus } },
      effects: [
        {
          kind: 'mentor_reviewed',
          recipient: { role: 'mentor', id: 'mentor-1' },
          dedupeKey: 'mentor:mentor-1:review@mentor',
          payload: { mentorId: 'mentor-1', decision: reviewStatus, note: 'See the FAQ.' },
        },
      ],
    });
  });

  it('carries no note when staff wrote none, or only spaces', () => {
    const outcome = reviewMentor(waiting, 'approve', { note: '   ' });
    expect(outcome.ok && outcome.effects[0].payload).toMatchObject({ note: null });
  });

  it.each(['approved', 'rejected'] as const)('refuses a profile already %s', (reviewStatus) => {
    expect(reviewMentor({ id: 'mentor-1', reviewStatus }, 'approve', {})).toMatchObject({ ok: false, code: 'not_pending_review' });
  });
});
