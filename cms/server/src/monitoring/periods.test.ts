import { closingInstant, lastMonths, lastWeeks, weekStart } from './periods';

describe('dashboard periods', () => {
  it('starts a week on Monday 00:00 UTC, whatever the day and hour', () => {
    expect(weekStart(new Date('2026-11-28T23:59:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(weekStart(new Date('2026-11-23T00:00:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(weekStart(new Date('2026-11-29T12:00:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(weekStart(new Date('2027-01-01T08:00:00Z')).toISOString()).toBe('2026-12-28T00:00:00.000Z');
  });

  it('lists the last weeks oldest first, ending with the current one', () => {
    const weeks = lastWeeks(new Date('2026-11-28T12:00:00Z'), 3);
    expect(weeks.map((week) => week.key)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
    expect(weeks[2].end.toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });

  it('lists the last UTC months across a year boundary', () => {
    const months = lastMonths(new Date('2027-02-10T00:00:00Z'), 4);
    expect(months.map((month) => month.key)).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(months[1]).toMatchObject({ start: new Date('2026-12-01T00:00:00Z'), end: new Date('2027-01-01T00:00:00Z') });
  });

  it('reads a closed period at its last millisecond and the running one at now', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    const [closed, running] = lastWeeks(now, 2);
    expect(closingInstant(closed, now).toISOString()).toBe('2026-11-22T23:59:59.999Z');
    expect(closingInstant(running, now)).toEqual(now);
  });
});
