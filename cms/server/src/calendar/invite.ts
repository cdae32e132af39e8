/**
 * Calendar invitations for scheduled meetings (iCalendar, RFC 5545/5546), pure: the workflow's
 * meeting notification in, an .ics text out. One UID per interaction and a growing SEQUENCE let
 * calendar clients replace the event on an update and remove it on a cancellation.
 */
import { createEvent, type EventAttributes } from 'ics';
import type { InteractionMode } from '../workflow/activity';
import type { MeetingPayload, NotificationKind } from '../workflow/notifications';

export type MeetingKind = Extract<NotificationKind, 'meeting_scheduled' | 'meeting_updated' | 'meeting_cancelled'>;
export const MEETING_KINDS: readonly MeetingKind[] = ['meeting_scheduled', 'meeting_updated', 'meeting_cancelled'];
export const isMeetingKind = (kind: string): kind is MeetingKind => (MEETING_KINDS as readonly string[]).includes(kind);

/** A meeting logged without a length is booked for an hour. */
export const DEFAULT_MEETING_MINUTES = 60;

export interface Person {
  name: string;
  email: string;
}

export interface InviteInput {
  kind: MeetingKind;
  /** Dates may be ISO text once read back from the outbox's JSON. */
  meeting: Omit<MeetingPayload, 'startsAt'> & { startsAt: Date | string };
  /** The program's mailbox: iTIP wants an organizer, and neither participant owns the meeting. */
  organizer: Person;
  /** Both sides of the pair. */
  attendees: Person[];
  /** The pair's page in the portal. */
  url: string;
  /** DTSTAMP: when this version of the invitation was made. */
  now: Date;
}

export interface Invite {
  method: 'REQUEST' | 'CANCEL';
  ics: string;
}

const LOCATION: Record<InteractionMode, string> = {
  in_person: 'In person',
  video: 'Video call',
  phone: 'Phone call',
  email: 'By email',
  message: 'Portal messages',
};

// A double quote would end iCalendar's quoted CN parameter early.
const cn = (name: string) => name.replace(/"/g, "'");

export const inviteUid = (interactionId: string) => `${interactionId}@mentoring`;

type Method = 'REQUEST' | 'CANCEL' | 'PUBLISH';

function calendarText(input: Omit<InviteInput, 'kind'>, method: Method, cancelled: boolean, title: string): string {
  const { meeting } = input;
  // `timestamp` (DTSTAMP) is in the package's schema but not its types; without it, it reads the clock.
  const event: EventAttributes & { timestamp: number } = {
    method,
    productId: '-//Mentoring Program//Meetings//EN',
    uid: inviteUid(meeting.interactionId),
    sequence: meeting.sequence,
    start: new Date(meeting.startsAt).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: meeting.minutes ?? DEFAULT_MEETING_MINUTES },
    title,
    description: `Mentoring meeting (${LOCATION[meeting.mode].toLowerCase()}). Details in the portal: ${input.url}`,
    location: LOCATION[meeting.mode],
    url: input.url,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    organizer: { name: cn(input.organizer.name), email: input.organizer.email },
    // Both sides logged or accepted the meeting in the portal: no replies to the program's mailbox.
    attendees: input.attendees.map((person) => ({ name: cn(person.name), email: person.email, rsvp: false, partstat: 'ACCEPTED', role: 'REQ-PARTICIPANT' })),
    timestamp: input.now.getTime(),
  };
  const { error, value } = createEvent(event);
  if (error || !value) throw error ?? new Error('Could not build the calendar invitation');
  return value;
}

const titleOf = (names: string[]) => `Mentoring: ${names.join(' and ')}`;

export function meetingInvite(input: InviteInput): Invite {
  const method = input.kind === 'meeting_cancelled' ? 'CANCEL' : 'REQUEST';
  return { method, ics: calendarText(input, method, method === 'CANCEL', titleOf(input.attendees.map((person) => person.name))) };
}

export interface MeetingFileInput extends Omit<InviteInput, 'kind'> {
  cancelled: boolean;
  /** Both sides' names for the title; `attendees` holds only whom the file is for. */
  pairNames: string[];
}

/**
 * The same event as the invitation, as a file one side downloads from the portal (METHOD:PUBLISH:
 * a calendar imports it rather than answering it). Same UID and SEQUENCE, so it replaces or is
 * replaced by the emailed versions. Only the downloader is an attendee: the file never carries
 * the other side's address.
 */
export function meetingFile(input: MeetingFileInput): string {
  return calendarText(input, 'PUBLISH', input.cancelled, titleOf(input.pairNames));
}
