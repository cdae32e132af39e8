import { dayOfMonth, monthKey, monthsAfter, nextMonthStart, officialEnd, previousMonthStart } from './calendar';
import { at, settings } from './fixtures';

describe('calendar (UTC)', () => {
  it('puts an instant in its UTC month, whatever the server zone', () => {
    expect(monthKey(at('2026-10-31T23:59:59.999Z'))).toBe('2026-10');
    expect(monthKey(at('2026-11-01T00:00:00Z'))).toBe('2026-11');
    expect(monthKey(at('2026-10-31T22:00:00-04:00'))).toBe('2026-11');
  });

  it('finds month boundaries across a year end', () => {
    expect(nextMonthStart(at('2026-12-15T08:00:00Z'))).toEqual(at('2027-01-01T00:00:00Z'));
    expect(previousMonthStart(at('2027-01-15T08:00:00Z'))).toEqual(at('2026-12-01T00:00:00Z'));
    expect(dayOfMonth(at('2026-10-07T08:00:00Z'), 20)).toEqual(at('2026-10-20T00:00:00Z'));
  });

  it.each([
    ['2026-09-01T00:00:00Z', 6, '2027-03-01T00:00:00Z'],
    ['2026-08-31T12:00:00Z', 6, '2027-02-28T12:00:00Z'],
    ['2027-08-31T12:00:00Z', 6, '2028-02-29T12:00:00Z'],
    ['2026-10-31T00:00:00Z', 1, '2026-11-30T00:00:00Z'],
  ])('%s + %i months is %s', (start, months, end) => {
    expect(monthsAfter(at(start), months)).toEqual(at(end));
  });

  it('ends the program six months after its start by default', () => {
    expect(officialEnd(at('2026-09-01T00:00:00Z'), settings)).toEqual(at('2027-03-01T00:00:00Z'));
  });
});
