import type { Settings } from '../../../shared/contracts/settings';
import { atOrAfter, daysAfter } from './calendar';
import { notify } from './notifications';
import { refuse, type ConditionalUpdate, type Outcome } from './outcome';

export const AVAILABILITIES = ['open', 'paused', 'leaving', 'withdrawn'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

/**
 * A mentor as the workflow sees it. `heldSlots` counts active connections and those awaiting
 * approval: a pair waiting for staff already holds the place it will take.
 */
export interface MentorState {
  id: string;
  availability: Availability;
  capacity: number | null;
  heldSlots: number;
  leaveDate: Date | null;
}

export const isAtCapacity = (mentor: Pick<MentorState, 'capacity' | 'heldSlots'>): boolean =>
  mentor.capacity !== null && mentor.heldSlots >= mentor.capacity;

/** Only an open mentor receives new requests; paused, leaving and withdrawn ones do not. */
export const isAcceptingRequests = (mentor: MentorState): boolean =>
  mentor.availability === 'open' && !isAtCapacity(mentor);

export type MentorUpdate = ConditionalUpdate<'mentor', Availability, { availability: Availability; leaveDate: Date | null }>;

export type LeaveRefusal = 'withdrawn' | 'notice_too_short';

/**
 * A mentor gives notice. The leave date must be at least the notice period ahead (one month in
 * the FAQ); a leaving mentor may move the date, again with full notice. Staff hear of it now,
 * mentees at the leave date, when their connections end.
 */
export function announceLeave(
  mentor: MentorState,
  leaveDate: Date,
  settings: Pick<Settings, 'leaveNoticeDays'>,
  now: Date,
): Outcome<{ update: MentorUpdate }, LeaveRefusal> {
  if (mentor.availability === 'withdrawn') return refuse('withdrawn', 'This mentor has already left the program');
  const earliest = daysAfter(now, settings.leaveNoticeDays);
  if (!atOrAfter(leaveDate, earliest)) {
    return refuse('notice_too_short', `must be at least ${settings.leaveNoticeDays} days from now`, 'leaveDate');
  }
  return {
    ok: true,
    update: { entity: 'mentor', id: mentor.id, from: mentor.availability, set: { availability: 'leaving', leaveDate } },
    effects: [
      notify('mentor_leaving', `mentor:${mentor.id}:leaving:${leaveDate.toISOString()}`, { role: 'staff' }, { mentorId: mentor.id, leaveDate }),
    ],
  };
}
