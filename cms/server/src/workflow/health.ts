import type { Settings } from '../../../shared/contracts/settings';
import { hasHappened, type ConnectionSnapshot } from './activity';
import { atOrAfter, daysAfter, monthKey } from './calendar';
import { connectionFindings, RULE_DAYS, type RuleName } from './connection-rules';

export type HealthStatus = 'on_track' | 'at_risk' | 'inactive';

export interface HealthReason {
  rule: RuleName | 'silence';
  level: 'reminder' | 'flag';
  message: string;
}

/** A connection's health, with the figures the pair's page shows (API.md, Connections). */
export interface Health {
  status: HealthStatus;
  reasons: HealthReason[];
  contactsThisMonth: number;
  firstMonthMeetingDone: boolean;
  goalsAgreed: number;
  onTrack: boolean;
  /** What the cohort's rules expect, so a page shows the same figures the rules judge by. */
  expected: ExpectedFigures;
}

export interface ExpectedFigures {
  contactsPerMonth: number;
  /** A meeting in person or by video within this many days of the start. */
  firstMeetingWithinDays: number;
  goalsToAgree: number;
}

/**
 * Health reads the same findings the tick turns into reminders and flags, so the two never
 * disagree: any finding puts a pair at risk, and a pair with no contact of any kind for the
 * silence period (once it is that old) is inactive, whatever else holds.
 */
export function connectionHealth(
  snapshot: ConnectionSnapshot,
  settings: Pick<Settings, 'contactsPerMonth' | 'firstMeetingWithinDays' | 'goalsToAgree'>,
  now: Date,
): Health {
  const { connection, activity } = snapshot;
  const reasons: HealthReason[] = connectionFindings(snapshot, settings, now).map(({ rule, level, message }) => ({ rule, level, message }));
  const silentSince = daysAfter(now, -RULE_DAYS.silenceDays);
  const oldEnough = atOrAfter(silentSince, connection.startedAt);
  const lastContact = hasHappened(activity.lastContactAt, now) ? activity.lastContactAt : null;
  const silent = oldEnough && (lastContact === null || atOrAfter(silentSince, lastContact));
  if (silent) reasons.unshift({ rule: 'silence', level: 'flag', message: `no contact in the last ${RULE_DAYS.silenceDays} days` });
  const status: HealthStatus = silent ? 'inactive' : reasons.length > 0 ? 'at_risk' : 'on_track';
  const firstMeetingDeadline = daysAfter(connection.startedAt, settings.firstMeetingWithinDays);
  const firstMeetingAt = activity.firstMeetingAt;
  return {
    status,
    reasons,
    contactsThisMonth: activity.contactsByMonth[monthKey(now)] ?? 0,
    firstMonthMeetingDone: hasHappened(firstMeetingAt, now) && !atOrAfter(firstMeetingAt, firstMeetingDeadline),
    goalsAgreed: activity.goalsAgreed,
    onTrack: status === 'on_track',
    expected: { contactsPerMonth: settings.contactsPerMonth, firstMeetingWithinDays: settings.firstMeetingWithinDays, goalsToAgree: settings.goalsToAgree },
  };
}
