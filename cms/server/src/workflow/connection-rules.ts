import type { Settings } from '../../../shared/contracts/settings';
import { hasHappened, type ConnectionSnapshot } from './activity';
import { atOrAfter, dayOfMonth, daysAfter, monthKey, monthStart, nextMonthStart, previousMonthStart, within } from './calendar';
import { notify, toPair, type Notification } from './notifications';

/** Fixed points of the rules that the settings do not cover, from the program's issue list. */
export const RULE_DAYS = {
  /** The day of the calendar month a pair short of contacts is reminded. */
  cadenceReminderDayOfMonth: 20,
  /** How long before the first-meeting deadline the pair is reminded: day 21 of the default 30. */
  firstMeetingReminderLeadDays: 9,
  goalsReminderDay: 14,
  goalsFlagDay: 30,
  /** A pair with no contact of any kind for this long is inactive. */
  silenceDays: 30,
} as const;

export type RuleName = 'cadence' | 'first_meeting' | 'goals';

/**
 * Something a rule finds wrong with a connection at `now`: a reminder to the pair, or a flag for
 * staff once the rule's deadline passed. The tick sends the notifications; health reads the list.
 */
export interface Finding {
  rule: RuleName;
  level: 'reminder' | 'flag';
  message: string;
  notifications: Notification[];
}

type RuleSettings = Pick<Settings, 'contactsPerMonth' | 'firstMeetingWithinDays' | 'goalsToAgree'>;

/** Whether the whole month starting at `month` lies inside the connection: partial months are exempt. */
const coversMonth = ({ connection }: ConnectionSnapshot, month: Date): boolean =>
  atOrAfter(month, connection.startedAt) && atOrAfter(connection.endsAt, nextMonthStart(month));

function cadence(snapshot: ConnectionSnapshot, settings: RuleSettings, now: Date): Finding[] {
  const expected = settings.contactsPerMonth;
  const { connection, activity } = snapshot;
  const findings: Finding[] = [];
  const current = monthStart(now);
  const currentKey = monthKey(current);
  const soFar = activity.contactsByMonth[currentKey] ?? 0;
  const remindFrom = dayOfMonth(current, RULE_DAYS.cadenceReminderDayOfMonth);
  if (coversMonth(snapshot, current) && atOrAfter(now, remindFrom) && soFar < expected) {
    const event = `cadence:${connection.id}:${currentKey}:reminder`;
    findings.push({
      rule: 'cadence',
      level: 'reminder',
      message: `${soFar} of ${expected} contacts so far in ${currentKey}`,
      notifications: toPair('cadence_reminder', event, connection, { connectionId: connection.id, month: currentKey, contacts: soFar, expected }),
    });
  }
  const previous = previousMonthStart(now);
  const previousKey = monthKey(previous);
  const closed = activity.contactsByMonth[previousKey] ?? 0;
  if (coversMonth(snapshot, previous) && closed < expected) {
    const event = `cadence:${connection.id}:${previousKey}:flag`;
    findings.push({
      rule: 'cadence',
      level: 'flag',
      message: `${closed} of ${expected} contacts in ${previousKey}`,
      notifications: [notify('cadence_flag', event, { role: 'staff' }, { connectionId: connection.id, month: previousKey, contacts: closed, expected })],
    });
  }
  return findings;
}

function firstMeeting({ connection, activity }: ConnectionSnapshot, settings: RuleSettings, now: Date): Finding[] {
  if (hasHappened(activity.firstMeetingAt, now)) return [];
  const dueBy = daysAfter(connection.startedAt, settings.firstMeetingWithinDays);
  const remindFrom = daysAfter(connection.startedAt, Math.max(1, settings.firstMeetingWithinDays - RULE_DAYS.firstMeetingReminderLeadDays));
  const payload = { connectionId: connection.id, dueBy };
  if (atOrAfter(now, dueBy)) {
    return [{
      rule: 'first_meeting',
      level: 'flag',
      message: `no in-person or video meeting in the first ${settings.firstMeetingWithinDays} days`,
      notifications: [notify('first_meeting_flag', `first-meeting:${connection.id}:flag`, { role: 'staff' }, payload)],
    }];
  }
  if (!atOrAfter(now, remindFrom)) return [];
  return [{
    rule: 'first_meeting',
    level: 'reminder',
    message: `no in-person or video meeting yet; due by ${dueBy.toISOString()}`,
    notifications: toPair('first_meeting_reminder', `first-meeting:${connection.id}:reminder`, connection, payload),
  }];
}

function goals({ connection, activity }: ConnectionSnapshot, settings: RuleSettings, now: Date): Finding[] {
  const expected = settings.goalsToAgree;
  const agreed = activity.goalsAgreed;
  if (agreed >= expected) return [];
  const dueBy = daysAfter(connection.startedAt, RULE_DAYS.goalsFlagDay);
  const payload = { connectionId: connection.id, agreed, expected, dueBy };
  if (atOrAfter(now, dueBy)) {
    return [{
      rule: 'goals',
      level: 'flag',
      message: `${agreed} of ${expected} goals agreed after ${RULE_DAYS.goalsFlagDay} days`,
      notifications: [notify('goals_flag', `goals:${connection.id}:flag`, { role: 'staff' }, payload)],
    }];
  }
  if (!within(now, daysAfter(connection.startedAt, RULE_DAYS.goalsReminderDay), dueBy)) return [];
  return [{
    rule: 'goals',
    level: 'reminder',
    message: `${agreed} of ${expected} goals agreed; due by ${dueBy.toISOString()}`,
    notifications: toPair('goals_reminder', `goals:${connection.id}:reminder`, connection, payload),
  }];
}

/** Every rule's finding for one active connection at `now`, in a fixed order. */
export const connectionFindings = (snapshot: ConnectionSnapshot, settings: RuleSettings, now: Date): Finding[] => [
  ...cadence(snapshot, settings, now),
  ...firstMeeting(snapshot, settings, now),
  ...goals(snapshot, settings, now),
];
