import type { Notification } from '../workflow';

/** What one `workflow.tick(now)` changed: status changes applied and outbox rows newly written. */
export interface TickSummary {
  /** Requests closed unanswered at the end of their response window. */
  expired: number;
  /** Connections completed at the program's official end. */
  completed: number;
  /** Connections still awaiting approval at the official end, ended. */
  lapsed: number;
  /** Proposals from a matching run not confirmed by both at their deadline (or the program end), ended. */
  proposalsExpired: number;
  /** Connections ended at their mentor's leave date. */
  endedForLeave: number;
  /** Mentors moved from leaving to withdrawn at their leave date. */
  mentorsWithdrawn: number;
  /** New reminders to participants (request, outreach, cadence, first meeting, goals). */
  reminded: number;
  /** New flags for staff. */
  flagged: number;
  /** New feedback requests (mid-point and end). */
  feedbackRequested: number;
  /** Every new outbox row, the ones above and the effects of the status changes. */
  notifications: number;
}

export type TickCounter = keyof TickSummary;

export const emptySummary = (): TickSummary => ({
  expired: 0,
  completed: 0,
  lapsed: 0,
  proposalsExpired: 0,
  endedForLeave: 0,
  mentorsWithdrawn: 0,
  reminded: 0,
  flagged: 0,
  feedbackRequested: 0,
  notifications: 0,
});

/** Counts newly written outbox rows by what they are. */
export function countWritten(summary: TickSummary, written: readonly Notification[]) {
  for (const { kind } of written) {
    summary.notifications += 1;
    if (kind.endsWith('_reminder')) summary.reminded += 1;
    else if (kind.endsWith('_flag')) summary.flagged += 1;
    else if (kind === 'feedback_requested') summary.feedbackRequested += 1;
  }
}

/** One log line naming what changed (`expired 2, reminded 3, notifications 5`), or null when nothing did. */
export function summaryLine(summary: TickSummary): string | null {
  const parts = (Object.entries(summary) as [TickCounter, number][]).filter(([, count]) => count > 0).map(([name, count]) => `${name} ${count}`);
  return parts.length > 0 ? parts.join(', ') : null;
}
