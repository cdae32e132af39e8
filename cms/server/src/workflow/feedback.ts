import { hasHappened } from './activity';
import { atOrAfter } from './calendar';
import { isFinalConnection, type ConnectionState } from './connection';

/**
 * When a side's feedback on its connection is due. Three moments are asked once per side — the
 * fit check after the first meeting, the mid-point, the end — and ad hoc feedback is welcome at
 * any time. The tick emails the fit check a day after the first meeting (FIT_CHECK_DELAY_HOURS)
 * and the mid-point request at half-way; the forms open as soon as there is something to judge.
 */
export const FEEDBACK_MOMENTS = ['fit_check', 'midpoint', 'end', 'ad_hoc'] as const;
export type FeedbackMoment = (typeof FEEDBACK_MOMENTS)[number];

/** The moments a side gives once. */
export const ONCE_MOMENTS = ['fit_check', 'midpoint', 'end'] as const satisfies readonly FeedbackMoment[];
export type OnceMoment = (typeof ONCE_MOMENTS)[number];

type Course = Pick<ConnectionState, 'status' | 'startedAt' | 'endsAt' | 'endedAt'>;

/** The program is over for this pair: ended, completed, or past its official end before the tick has run. */
export const isOver = (state: Course, now: Date): boolean => isFinalConnection(state.status) || atOrAfter(now, state.endsAt);

export const midpointOf = (state: Course): Date | null =>
  state.startedAt ? new Date((state.startedAt.getTime() + state.endsAt.getTime()) / 2) : null;

/** When each once-moment opens: null when it cannot be known yet (no meeting, not started). */
export function opensAt(state: Course, moment: OnceMoment, firstMeetingAt: Date | null, now: Date): Date | null {
  if (!state.startedAt) return null;
  switch (moment) {
    case 'fit_check':
      // The first in-person or video meeting, once it has taken place.
      return hasHappened(firstMeetingAt, now) ? firstMeetingAt : null;
    case 'midpoint':
      return midpointOf(state);
    case 'end':
      // An early end opens it at once; otherwise the official end does.
      return state.endedAt && state.endedAt < state.endsAt ? state.endedAt : state.endsAt;
  }
}

/** Why a moment cannot be given yet, or null when it can. */
export function notYet(state: Course, moment: FeedbackMoment, firstMeetingAt: Date | null, now: Date): string | null {
  if (!state.startedAt) return 'Feedback opens once the connection has started';
  if (moment === 'ad_hoc') return null;
  if (moment === 'end') return isOver(state, now) ? null : 'End-of-program feedback opens when the connection ends';
  if (moment === 'fit_check') {
    return hasHappened(firstMeetingAt, now) ? null : 'The fit check opens after your first meeting in person or by video';
  }
  const midpoint = midpointOf(state)!;
  return atOrAfter(now, midpoint) ? null : `Mid-point feedback opens half-way through the connection, on ${midpoint.toISOString().slice(0, 10)}`;
}

/** The moment feedback given now is about, when the participant does not say. */
export function defaultMoment(state: Course, now: Date): FeedbackMoment {
  if (isOver(state, now)) return 'end';
  const midpoint = midpointOf(state);
  return midpoint && atOrAfter(now, midpoint) ? 'midpoint' : 'ad_hoc';
}

export interface MomentStatus {
  moment: OnceMoment;
  /** Open now for this side (due and not yet given). */
  open: boolean;
  given: boolean;
  /** When it opens (or opened); null while that is not known (the fit check before any meeting). */
  opensAt: Date | null;
}

/** Each once-moment for one side: due, given, or still to come. */
export function feedbackMoments(state: Course, firstMeetingAt: Date | null, given: ReadonlySet<string>, now: Date): MomentStatus[] {
  return ONCE_MOMENTS.map((moment) => {
    const done = given.has(moment);
    return { moment, given: done, open: !done && notYet(state, moment, firstMeetingAt, now) === null, opensAt: opensAt(state, moment, firstMeetingAt, now) };
  });
}
