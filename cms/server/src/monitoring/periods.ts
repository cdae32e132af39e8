import { DAY_MS, monthKey, monthStart, nextMonthStart } from '../workflow/calendar';

/** A span of time [start, end), with the key the dashboard labels it by. */
export interface Period {
  key: string;
  start: Date;
  end: Date;
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Monday 00:00 UTC of the week `date` falls in: weeks are UTC weeks, like the rules' months. */
export function weekStart(date: Date): Date {
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const daysSinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(midnight - daysSinceMonday * DAY_MS);
}

/** The last `count` weeks, oldest first; the last is the current week, keyed by its Monday (`2026-11-23`). */
export function lastWeeks(now: Date, count: number): Period[] {
  const current = weekStart(now).getTime();
  return Array.from({ length: count }, (_, index) => {
    const start = new Date(current - (count - 1 - index) * 7 * DAY_MS);
    return { key: isoDay(start), start, end: new Date(start.getTime() + 7 * DAY_MS) };
  });
}

/** The last `count` UTC calendar months, oldest first; the last is the current month, keyed `2026-11`. */
export function lastMonths(now: Date, count: number): Period[] {
  const current = monthStart(now);
  return Array.from({ length: count }, (_, index) => {
    const start = new Date(Date.UTC(current.getUTCFullYear(), current.getUTCMonth() - (count - 1 - index), 1));
    return { key: monthKey(start), start, end: nextMonthStart(start) };
  });
}

/** The instant a period is read at: its last millisecond, or `now` for the period still running. */
export const closingInstant = (period: Period, now: Date): Date =>
  new Date(Math.min(now.getTime(), period.end.getTime() - 1));
