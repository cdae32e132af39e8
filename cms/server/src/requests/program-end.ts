import type { Settings } from '../../../shared/contracts/settings';
import { officialEnd } from '../workflow';

type CalendarDate = string | Date;

/** Midnight UTC of a stored calendar date (`2027-03-01`): the rules count time in UTC. */
export const utcDay = (value: CalendarDate): Date =>
  typeof value === 'string'
    ? new Date(`${value.slice(0, 10)}T00:00:00.000Z`)
    : new Date(Date.UTC(value.getFullYear(), value.getMonth(), value.getDate()));

/**
 * The official end of a connection starting now: its cohort's end date, else the cohort's start
 * plus the program length, else (no cohort) now plus the program length.
 */
export function programEnd(
  program: { startDate: CalendarDate; endDate: CalendarDate | null } | null,
  settings: Pick<Settings, 'programLengthMonths'>,
  now: Date,
): Date {
  if (program?.endDate) return utcDay(program.endDate);
  return officialEnd(program?.startDate ? utcDay(program.startDate) : now, settings);
}
