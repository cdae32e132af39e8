import type { Settings } from '../../../shared/contracts/settings';
import { hasHappened, type ConnectionSnapshot } from './activity';
import { atOrAfter, daysAfter, hoursAfter, within } from './calendar';
import { complete, endForMentorLeaving, lapse, type ConnectionState, type ConnectionUpdate } from './connection';
import { connectionFindings } from './connection-rules';
import type { MentorState, MentorUpdate } from './mentor';
import { notify, toPair, type Notification } from './notifications';
import { expireProposal } from './proposal';
import { expire, requestReminder, type RequestState, type RequestUpdate } from './request';

/** A mentee who has not yet sent a request nor been matched: the outreach rule watches it. */
export interface MenteeOutreach {
  id: string;
  signedUpAt: Date;
  /** The first request sent or connection made, whichever came first. */
  reachedOutAt: Date | null;
}

/** A leaving mentor with the connections (active or awaiting approval) that end at the leave date. */
export interface LeavingMentor {
  mentor: MentorState & { availability: 'leaving'; leaveDate: Date };
  connections: ConnectionState[];
}

/**
 * The rows one tick looks at. Every rule reads only its own row, so a caller may page through
 * each list and call `tick` per page. `issued` holds the dedupe keys already in the outbox for
 * these rows; notifications with those keys are left out, so a second run adds nothing.
 */
export interface TickSnapshot {
  pendingRequests: RequestState[];
  menteesYetToReachOut: MenteeOutreach[];
  activeConnections: ConnectionSnapshot[];
  leavingMentors: LeavingMentor[];
  /** Connections still awaiting staff approval: those whose official end has come lapse. */
  awaitingApproval: ConnectionState[];
  /** Proposals released from a matching run: those whose window closed, or whose program ended, lapse. */
  proposals: ConnectionState[];
  issued: ReadonlySet<string>;
}

/**
 * A status change due now. The caller writes it as a conditional update and writes its effects
 * to the outbox in the same transaction only if the update changed a row: another instance (or
 * another rule, such as a program end and a leave date falling together) may have got there first.
 */
export interface DueTransition {
  update: RequestUpdate | ConnectionUpdate | MentorUpdate;
  effects: Notification[];
}

export interface TickResult {
  transitions: DueTransition[];
  notifications: Notification[];
}

/** The pair's "is this a good fit?" check comes the day after their first meeting. */
export const FIT_CHECK_DELAY_HOURS = 24;

type TickSettings = Pick<
  Settings,
  'requestReminderHours' | 'outreachReminderDays' | 'outreachWindowDays' | 'contactsPerMonth' | 'firstMeetingWithinDays' | 'goalsToAgree'
>;

function requests(snapshot: TickSnapshot, settings: TickSettings, now: Date, result: TickResult) {
  for (const request of snapshot.pendingRequests) {
    const expired = expire(request, now);
    if (expired.ok) result.transitions.push({ update: expired.update, effects: expired.effects });
    const reminder = requestReminder(request, settings, now);
    if (reminder) result.notifications.push(reminder);
  }
}

function outreach(snapshot: TickSnapshot, settings: TickSettings, now: Date, result: TickResult) {
  for (const mentee of snapshot.menteesYetToReachOut) {
    if (hasHappened(mentee.reachedOutAt, now)) continue;
    const windowEndsAt = daysAfter(mentee.signedUpAt, settings.outreachWindowDays);
    if (atOrAfter(now, windowEndsAt)) {
      result.notifications.push(notify('outreach_flag', `outreach:${mentee.id}:flag`, { role: 'staff' }, { menteeId: mentee.id, signedUpAt: mentee.signedUpAt }));
    } else if (atOrAfter(now, daysAfter(mentee.signedUpAt, settings.outreachReminderDays))) {
      result.notifications.push(
        notify('outreach_reminder', `outreach:${mentee.id}:reminder`, { role: 'mentee', id: mentee.id }, { menteeId: mentee.id, signedUpAt: mentee.signedUpAt, windowEndsAt }),
      );
    }
  }
}

function connections(snapshot: TickSnapshot, settings: TickSettings, now: Date, result: TickResult) {
  for (const entry of snapshot.activeConnections) {
    const { connection, activity } = entry;
    const completed = complete(connection, now);
    if (completed.ok) {
      result.transitions.push({ update: completed.update, effects: completed.effects });
      continue;
    }
    for (const finding of connectionFindings(entry, settings, now)) result.notifications.push(...finding.notifications);
    const midpoint = new Date((connection.startedAt.getTime() + connection.endsAt.getTime()) / 2);
    if (within(now, midpoint, connection.endsAt)) {
      result.notifications.push(...toPair('feedback_requested', `feedback:${connection.id}:midpoint`, connection, { connectionId: connection.id, moment: 'midpoint' }));
    }
    const firstMeetingAt = activity.firstMeetingAt;
    if (firstMeetingAt && atOrAfter(now, hoursAfter(firstMeetingAt, FIT_CHECK_DELAY_HOURS))) {
      result.notifications.push(...toPair('fit_check', `fit-check:${connection.id}`, connection, { connectionId: connection.id, firstMeetingAt }));
    }
  }
}

function lapsed(snapshot: TickSnapshot, now: Date, result: TickResult) {
  for (const connection of snapshot.awaitingApproval) {
    const outcome = lapse(connection, now);
    if (outcome.ok) result.transitions.push({ update: outcome.update, effects: outcome.effects });
  }
}

function proposalsLapsed(snapshot: TickSnapshot, now: Date, result: TickResult) {
  for (const connection of snapshot.proposals) {
    const outcome = expireProposal(connection, now);
    if (outcome.ok) result.transitions.push({ update: outcome.update, effects: outcome.effects });
  }
}

function leaveDates(snapshot: TickSnapshot, now: Date, result: TickResult) {
  for (const { mentor, connections: held } of snapshot.leavingMentors) {
    if (!atOrAfter(now, mentor.leaveDate)) continue;
    result.transitions.push({ update: { entity: 'mentor', id: mentor.id, from: 'leaving', set: { availability: 'withdrawn', leaveDate: mentor.leaveDate } }, effects: [] });
    for (const connection of held) {
      const ended = endForMentorLeaving(connection, mentor.leaveDate);
      if (ended.ok) result.transitions.push({ update: ended.update, effects: ended.effects });
    }
  }
}

/**
 * Every time rule as of `now`: request reminders and expiries, mentee outreach, cadence, first
 * meeting, goals, the fit check, mid-point feedback, program end (and unapproved pairs lapsing at
 * it), leave dates and proposals not confirmed in time. Pure: the same
 * snapshot and `now` always give the same result, in the snapshot's order.
 */
export function tick(snapshot: TickSnapshot, settings: TickSettings, now: Date): TickResult {
  const result: TickResult = { transitions: [], notifications: [] };
  requests(snapshot, settings, now, result);
  outreach(snapshot, settings, now, result);
  connections(snapshot, settings, now, result);
  leaveDates(snapshot, now, result);
  lapsed(snapshot, now, result);
  proposalsLapsed(snapshot, now, result);
  return { transitions: result.transitions, notifications: result.notifications.filter((notification) => !snapshot.issued.has(notification.dedupeKey)) };
}
