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

export const REVIEW_STATUSES = ['approved', 'pending_review', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export type ReviewUpdate = ConditionalUpdate<'mentorReview', 'pending_review', { reviewStatus: 'approved' | 'rejected' }>;

/**
 * Staff decide on a mentor profile waiting for review (when the program reviews new mentors): an
 * approved mentor is listed from now on, a rejected one never. Either way the mentor is told, with
 * staff's note when they wrote one.
 */
export function reviewMentor(
  mentor: { id: string; reviewStatus: ReviewStatus },
  decision: 'approve' | 'reject',
  context: { note?: string | null },
): Outcome<{ update: ReviewUpdate }, 'not_pending_review'> {
  if (mentor.reviewStatus !== 'pending_review') return refuse('not_pending_review', `This mentor profile is already ${mentor.reviewStatus}`);
  const reviewStatus = decision === 'approve' ? 'approved' : 'rejected';
  const note = context.note?.trim() || null;
  return {
    ok: true,
    update: { entity: 'mentorReview', id: mentor.id, from: 'pending_review', set: { reviewStatus } },
    effects: [notify('mentor_reviewed', `mentor:${mentor.id}:review`, { role: 'mentor', id: mentor.id }, { mentorId: mentor.id, decision: reviewStatus, note })],
  };
}
