import { addHours, addMilliseconds } from 'date-fns';
import type { Settings } from '../../../shared/contracts/settings';

/**
 * Time arithmetic for the rules, all in UTC. Programs have no time zone setting and pairs span
 * zones, so a calendar month is the UTC month: every instance and every participant agrees on
 * which month a contact belongs to, and a month closes at the same instant for everyone. A "day"
 * in a rule ("day 21 of the connection") is a span of 24 hours, not a local calendar day, so
 * daylight-saving changes in the server's zone never move a deadline.
 */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export const hoursAfter = (start: Date, hours: number): Date => addHours(start, hours);

export const daysAfter = (start: Date, days: number): Date => addMilliseconds(start, days * DAY_MS);

/** `2026-11` for any instant in November 2026 UTC: the month part of cadence dedupe keys. */
export const monthKey = (date: Date): string =>
  `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;

export const monthStart = (date: Date): Date => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));

export const nextMonthStart = (date: Date): Date =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));

export const previousMonthStart = (date: Date): Date =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1));

/** Midnight UTC starting the given day (1-based) of the month that `month` falls in. */
export const dayOfMonth = (month: Date, day: number): Date => daysAfter(monthStart(month), day - 1);

/**
 * `months` calendar months later in UTC, clamped to the month's last day (31 August + 6 months is
 * 28 or 29 February), as date-fns' addMonths does in the server's local zone.
 */
export const monthsAfter = (start: Date, months: number): Date => {
  const target = new Date(start.getTime());
  const day = start.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
};

/** The program's official end when staff set none: its start plus the program length. */
export const officialEnd = (programStart: Date, settings: Pick<Settings, 'programLengthMonths'>): Date =>
  monthsAfter(programStart, settings.programLengthMonths);

/** Whether `instant` falls in [start, end). */
export const within = (instant: Date, start: Date, end: Date): boolean =>
  instant.getTime() >= start.getTime() && instant.getTime() < end.getTime();

export const atOrAfter = (instant: Date, moment: Date): boolean => instant.getTime() >= moment.getTime();
