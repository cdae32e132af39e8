import { aConnection, at } from './fixtures';
import { defaultMoment, feedbackMoments, notYet } from './feedback';

const firstMeeting = at('2026-09-10T15:00:00Z');
const early = at('2026-09-20T12:00:00Z');
const halfway = at('2026-11-30T12:00:00Z');

describe('feedback moments', () => {
  it('opens the fit check once the first in-person or video meeting has taken place', () => {
    const connection = aConnection();
    expect(notYet(connection, 'fit_check', null, early)).toMatch(/after your first meeting/);
    // A meeting still ahead is not yet something to judge.
    expect(notYet(connection, 'fit_check', at('2026-09-25T10:00:00Z'), early)).toMatch(/after your first meeting/);
    expect(notYet(connection, 'fit_check', firstMeeting, early)).toBeNull();
  });

  it('opens the mid-point half-way and the end when the connection ends', () => {
    const connection = aConnection();
    expect(notYet(connection, 'midpoint', firstMeeting, early)).toMatch(/half-way through the connection, on 2026-11-30/);
    expect(notYet(connection, 'midpoint', firstMeeting, halfway)).toBeNull();
    expect(notYet(connection, 'end', firstMeeting, halfway)).toMatch(/when the connection ends/);
    expect(notYet(connection, 'end', firstMeeting, at('2027-03-01T00:00:00Z'))).toBeNull();
    expect(notYet(aConnection({ status: 'ended_early', endedAt: early }), 'end', null, early)).toBeNull();
    expect(notYet(aConnection({ status: 'awaiting_approval', startedAt: null }), 'ad_hoc', null, early)).toMatch(/has started/);
  });

  it('lists each once-moment for a side: open, given, and when it opens', () => {
    const moments = feedbackMoments(aConnection(), firstMeeting, new Set(['fit_check']), halfway);
    expect(moments).toEqual([
      { moment: 'fit_check', open: false, given: true, opensAt: firstMeeting },
      { moment: 'midpoint', open: true, given: false, opensAt: halfway },
      { moment: 'end', open: false, given: false, opensAt: at('2027-03-01T00:00:00Z') },
    ]);
    const endedEarly = feedbackMoments(aConnection({ status: 'ended_early', endedAt: early }), null, new Set(), early);
    expect(endedEarly.find((item) => item.moment === 'end')).toEqual({ moment: 'end', open: true, given: false, opensAt: early });
    expect(endedEarly.find((item) => item.moment === 'fit_check')).toEqual({ moment: 'fit_check', open: false, given: false, opensAt: null });
  });

  it('picks the moment from the calendar when none is named; never the fit check', () => {
    expect(defaultMoment(aConnection(), early)).toBe('ad_hoc');
    expect(defaultMoment(aConnection(), halfway)).toBe('midpoint');
    expect(defaultMoment(aConnection({ status: 'completed' }), halfway)).toBe('end');
  });
});
