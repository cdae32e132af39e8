import type { AvailabilityStatus, ProfileEducation, ProfileExperience, ProfileLocation } from '../api';

/** Profile values in words, the same on every page that shows them. */

export function placeLine(location: ProfileLocation | null): string {
  if (!location) return '';
  return [location.city, location.country].filter(Boolean).join(', ');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2019-03-01" → "Mar 2019"; anything unexpected is shown as given. */
export function monthYear(date: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(date);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${match[1]}` : date;
}

/** "Mar 2019 – now", "2015 – 2018"-style period of a job; '' when no dates are known. */
export function periodLine(job: Pick<ProfileExperience, 'startDate' | 'endDate'>): string {
  if (!job.startDate) return job.endDate ? `until ${monthYear(job.endDate)}` : '';
  return `${monthYear(job.startDate)} – ${job.endDate ? monthYear(job.endDate) : 'now'}`;
}

export function educationLine(entry: ProfileEducation): string {
  const what = [entry.degree, entry.program, entry.field].filter(Boolean).join(', ');
  return [what, entry.year ? String(entry.year) : ''].filter(Boolean).join(' · ');
}

/** "12 May 2026" for a YYYY-MM-DD date, in UTC like the API's dates. */
export function longDate(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(parsed);
}

export function availabilityLine(availability: AvailabilityStatus, leaveDate: string | null): string {
  switch (availability) {
    case 'open':
      return 'Open to new mentees';
    case 'paused':
      return 'Paused: not taking new requests';
    case 'leaving':
      return leaveDate ? `Leaving the program on ${longDate(leaveDate)}` : 'Leaving the program';
    case 'withdrawn':
      return 'Left the program';
  }
}

export function capacityLine(capacity: number | null): string {
  if (capacity === null) return 'As many mentees as you like (no limit)';
  return capacity === 1 ? 'One mentee at a time' : `Up to ${capacity} mentees at a time`;
}

export const MEETING_LABELS = {
  in_person: 'In person',
  video: 'By video',
  any: 'In person or by video',
} as const;

/**
 * How quickly a mentor usually answers, from the API's median: "Usually replies within 5 hours",
 * "… within 2 days" (rounded up), or "New mentor" while too few requests are answered to say.
 */
export function replyTimeLine(responsiveness: { typicalReplyHours: number | null } | undefined, brief = false): string | null {
  if (!responsiveness) return null;
  const hours = responsiveness.typicalReplyHours;
  if (hours === null) return brief ? 'New mentor' : 'New mentor: too few answered requests yet to say how quickly they reply';
  if (hours <= 1) return 'Usually replies within an hour';
  if (hours < 24) return `Usually replies within ${Math.ceil(hours)} hours`;
  const days = Math.ceil(hours / 24);
  return `Usually replies within ${days === 1 ? 'a day' : `${days} days`}`;
}

/** "2 places free", "1 place free", "No place free", or "No limit on mentees" (no capacity set). */
export function freePlacesLine(freeSlots: number | null | undefined): string | null {
  if (freeSlots === undefined) return null;
  if (freeSlots === null) return 'No limit on mentees';
  if (freeSlots === 0) return 'No place free';
  return `${freeSlots} ${freeSlots === 1 ? 'place' : 'places'} free`;
}
