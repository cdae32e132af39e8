/**
 * When the outbox tries a row again, pure. Failed sends back off exponentially (1, 2, 4, … minutes,
 * capped at an hour) for up to MAX_ATTEMPTS tries, about 14 hours of SMTP outage, before the row is
 * `failed` for staff to see. Digest reminders wait for the next daily slot at DIGEST_HOUR_UTC.
 */
import { addMinutes } from 'date-fns';
import { daysAfter } from '../workflow/calendar';

export const MAX_ATTEMPTS = 20;
export const BACKOFF_CAP_MINUTES = 60;
/** How long a claimed row is left to its sender before it counts as interrupted. */
export const LEASE_MINUTES = 15;
/** The daily digest goes out at this hour, UTC (programs have no zone; see docs/WORKFLOW.md). */
export const DIGEST_HOUR_UTC = 7;

/** After `attempts` failed tries (1 or more), the next one: 1, 2, 4, … minutes, at most an hour. */
export const retryAt = (now: Date, attempts: number): Date =>
  addMinutes(now, Math.min(2 ** Math.max(0, attempts - 1), BACKOFF_CAP_MINUTES));

export const leaseUntil = (now: Date): Date => addMinutes(now, LEASE_MINUTES);

/** The latest digest time at or before `now`. */
export function digestSlot(now: Date): Date {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC));
  return today.getTime() <= now.getTime() ? today : daysAfter(today, -1);
}

/** The first digest time after `now`. */
export const nextDigestSlot = (now: Date): Date => daysAfter(digestSlot(now), 1);

/** One digest per participant per slot: the outbox's unique key makes it once. */
export const digestKey = (role: string, id: string, slot: Date) => `digest:${role}:${id}:${slot.toISOString().slice(0, 10)}`;
