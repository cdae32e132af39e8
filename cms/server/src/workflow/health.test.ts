import { DAY_MS } from './calendar';
import { aHealthyActivity, aSnapshot, at, plus, settings } from './fixtures';
import { connectionHealth } from './health';

const started = at('2026-09-01T00:00:00Z');
const midNovember = at('2026-11-10T12:00:00Z');

describe('connection health', () => {
  it('is on track for a pair doing what the FAQ asks', () => {
    const health = connectionHealth(aSnapshot(aHealthyActivity({ lastContactAt: at('2026-11-05T10:00:00Z') })), settings, midNovember);
    expect(health).toEqual({ status: 'on_track', reasons: [], contactsThisMonth: 2, firstMonthMeetingDone: true, goalsAgreed: 2, onTrack: true, expected: { contactsPerMonth: 2, firstMeetingWithinDays: 30, goalsToAgree: 2 } });
  });

  it('is at risk, naming the rule, when a reminder is due', () => {
    const health = connectionHealth(aSnapshot(aHealthyActivity({ goalsAgreed: 1, lastContactAt: plus(started, 10 * DAY_MS) })), settings, plus(started, 14 * DAY_MS));
    expect(health).toMatchObject({ status: 'at_risk', onTrack: false, reasons: [{ rule: 'goals', level: 'reminder', message: expect.stringContaining('1 of 2 goals agreed') }] });
  });

  it('is at risk when the last closed month fell short', () => {
    const activity = aHealthyActivity({ contactsByMonth: { '2026-10': 1 }, lastContactAt: at('2026-11-02T10:00:00Z') });
    expect(connectionHealth(aSnapshot(activity), settings, midNovember)).toMatchObject({
      status: 'at_risk',
      contactsThisMonth: 0,
      reasons: [{ rule: 'cadence', level: 'flag', message: '1 of 2 contacts in 2026-10' }],
    });
  });

  it('is inactive after 30 days without contact, once the connection is that old', () => {
    const lastContactAt = at('2026-10-10T12:00:00Z');
    const quiet = aSnapshot(aHealthyActivity({ lastContactAt }));
    expect(connectionHealth(quiet, settings, plus(lastContactAt, 30 * DAY_MS - 1)).status).not.toBe('inactive');
    expect(connectionHealth(quiet, settings, plus(lastContactAt, 30 * DAY_MS)).reasons[0]).toEqual({ rule: 'silence', level: 'flag', message: 'no contact in the last 30 days' });
    const young = aSnapshot({ lastContactAt: null, goalsAgreed: 2 });
    expect(connectionHealth(young, settings, plus(started, 30 * DAY_MS - 1)).status).not.toBe('inactive');
    expect(connectionHealth(young, settings, plus(started, 30 * DAY_MS)).status).toBe('inactive');
  });

  it('counts the first-month meeting only when it happened inside the window', () => {
    const late = aSnapshot(aHealthyActivity({ firstMeetingAt: plus(started, 30 * DAY_MS), lastContactAt: at('2026-11-05T10:00:00Z') }));
    expect(connectionHealth(late, settings, midNovember).firstMonthMeetingDone).toBe(false);
  });
});
