/**
 * Email for every notification the workflow raises: subject, plain text and HTML, pure (no Strapi).
 * The map below has one entry per `NotificationKind`, so a new kind does not compile until it has
 * its email. Mail never carries a message body or interaction notes: those are read in the portal.
 */
import type { InteractionMode } from '../workflow/activity';
import type { NotificationKind, NotificationPayloads } from '../workflow/notifications';
import { SUGGESTIONS_PATH } from '../workflow/notifications';
import { renderMail, type Block, type MailContent, type RenderedMail } from './layout';

export type RecipientRole = 'mentee' | 'mentor' | 'staff';

/** What the sender loads for one email besides the notification itself. */
export interface MailContext {
  role: RecipientRole;
  /** The recipient's `fullName`; null for staff. */
  recipientName: string | null;
  /** The pair's names, when the notification concerns a mentee, a mentor or a connection. */
  menteeName: string | null;
  mentorName: string | null;
  /** The site's public URL, without a trailing slash. */
  siteUrl: string;
  /** The Strapi admin's URL, where staff act on flags and approvals. */
  adminUrl: string;
  /** The recipient's IANA zone, for dates and times; UTC when unknown. */
  timeZone: string;
}

/**
 * Nudges sent by the time rules: a participant may take these as a daily digest or turn them off.
 * Everything else is transactional and always sent at once.
 */
export const REMINDER_KINDS = [
  'request_reminder',
  'outreach_reminder',
  'cadence_reminder',
  'first_meeting_reminder',
  'goals_reminder',
  'fit_check',
  'feedback_requested',
] as const satisfies readonly NotificationKind[];

const REMINDERS: ReadonlySet<string> = new Set(REMINDER_KINDS);
export const isReminder = (kind: string) => REMINDERS.has(kind);

export const PROFILE_PATH = '/portal/profile';

type Body = Omit<MailContent, 'greeting' | 'footer'>;
type Template<K extends NotificationKind> = (payload: NotificationPayloads[K], context: MailContext) => Body;

// Dates arrive as Date from the workflow and as ISO text once stored in the outbox's JSON.
type When = Date | string;

function formatter(context: MailContext, options: Intl.DateTimeFormatOptions) {
  try {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: context.timeZone });
  } catch {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
  }
}

/** "Tuesday, 1 December 2026 at 15:00 CET", in the recipient's zone. */
const dateTime = (when: When, context: MailContext) =>
  formatter(context, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(
    new Date(when),
  );

/** "1 December 2026". */
const day = (when: When, context: MailContext) => formatter(context, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(when));

/** "Tuesday 1 December", for subjects. */
const shortDay = (when: When, context: MailContext) => formatter(context, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(when));

/** `2026-11` → "November 2026" (cadence months are UTC months). */
const monthName = (month: string) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

const MODE_LABEL: Record<InteractionMode, string> = {
  in_person: 'in-person meeting',
  video: 'video call',
  phone: 'phone call',
  email: 'email exchange',
  message: 'message exchange',
};

const mentee = (context: MailContext) => context.menteeName ?? 'a mentee';
const mentor = (context: MailContext) => context.mentorName ?? 'a mentor';
/** The other side of the pair, seen from the recipient. */
const other = (context: MailContext) =>
  context.role === 'mentee' ? context.mentorName ?? 'your mentor' : context.menteeName ?? 'your mentee';
const pair = (context: MailContext) => `${mentee(context)} and ${mentor(context)}`;

const site = (context: MailContext, path: string) => `${context.siteUrl}${path}`;
const connectionUrl = (context: MailContext, connectionId: string) => site(context, `/portal/connections/${encodeURIComponent(connectionId)}`);
const requestsUrl = (context: MailContext) => site(context, '/portal/requests');
const suggestionsUrl = (context: MailContext, path: string | null = SUGGESTIONS_PATH) => site(context, path ?? SUGGESTIONS_PATH);
const staffUrl = (context: MailContext) => `${context.adminUrl}/plugins/mentoring`;

const openConnection = (context: MailContext, connectionId: string, label = 'Open your mentorship') => ({
  label,
  url: connectionUrl(context, connectionId),
});
const openStaff = (context: MailContext) => ({ label: 'Open the mentoring admin', url: staffUrl(context) });
const seeSuggestions = (context: MailContext, path: string | null = SUGGESTIONS_PATH) => ({
  label: 'See your mentor suggestions',
  url: suggestionsUrl(context, path),
});

const quoted = (label: string, text: string | null) => (text && text.trim() ? [`${label}: “${text.trim()}”`] : []);

const meetingLine = (payload: NotificationPayloads['meeting_scheduled'], context: MailContext) =>
  `${dateTime(payload.startsAt, context)}${payload.minutes ? `, ${payload.minutes} minutes` : ''}`;

const TEMPLATES: { [K in NotificationKind]: Template<K> } = {
  request_received: (payload, context) => ({
    subject: `New mentoring request from ${mentee(context)}`,
    blocks: [
      `${mentee(context)} would like you as their mentor.`,
      `Please accept or decline by ${dateTime(payload.respondBy, context)}; after that the request expires.`,
    ],
    action: { label: 'Answer the request', url: requestsUrl(context) },
  }),
  request_reminder: (payload, context) => ({
    subject: `Reminder: ${mentee(context)} is waiting for your answer`,
    blocks: [`${mentee(context)}'s mentoring request expires on ${dateTime(payload.respondBy, context)}. Please accept or decline it before then.`],
    action: { label: 'Answer the request', url: requestsUrl(context) },
  }),
  request_accepted: (payload, context) => ({
    subject: `${mentor(context)} accepted your request`,
    blocks: payload.awaitingApproval
      ? [`Good news: ${mentor(context)} accepted your mentoring request.`, 'The program staff confirm each match; we will email you as soon as it is approved.']
      : [
          `Good news: ${mentor(context)} accepted your mentoring request, and your mentorship has started.`,
          'Say hello and plan your first meeting: the program asks for one face-to-face or video meeting in the first month.',
        ],
    action: openConnection(context, payload.connectionId),
  }),
  request_declined: (payload, context) => ({
    subject: `${mentor(context)} cannot take your request`,
    blocks: [
      `${mentor(context)} declined your mentoring request.`,
      ...quoted('Their note', payload.reason),
      'Many other mentors would be glad to help: your fresh suggestions are waiting.',
    ],
    action: seeSuggestions(context, payload.suggestionsPath),
  }),
  request_expired: (payload, context) => ({
    subject: `Your request to ${mentor(context)} has expired`,
    blocks: [
      `${mentor(context)} did not answer in time, so your request has expired.`,
      'Other mentors may be a great fit: your fresh suggestions are waiting.',
    ],
    action: seeSuggestions(context, payload.suggestionsPath),
  }),
  request_withdrawn: (payload, context) => ({
    subject: `${mentee(context)} withdrew their request`,
    blocks: [
      payload.because === 'mentee_at_limit'
        ? `${mentee(context)} has found a mentor, so their request to you was withdrawn.`
        : `${mentee(context)} has withdrawn their mentoring request.`,
      'Nothing more is needed from you. Thank you for being available.',
    ],
    action: { label: 'See your requests', url: requestsUrl(context) },
  }),
  approval_needed: (_payload, context) => ({
    subject: `Match awaiting approval: ${pair(context)}`,
    blocks: [`${mentor(context)} accepted ${mentee(context)}'s request. The match starts once staff approve it.`],
    action: openStaff(context),
  }),
  connection_approved: (payload, context) => ({
    subject: `Your mentorship with ${other(context)} is approved`,
    blocks: [
      `The program staff approved your mentorship with ${other(context)}.`,
      ...quoted('Their note', payload.note),
      'Say hello and plan your first meeting: the program asks for one face-to-face or video meeting in the first month.',
    ],
    action: openConnection(context, payload.connectionId),
  }),
  connection_rejected: (payload, context) => ({
    subject: `Your match with ${other(context)} was not approved`,
    blocks: [
      `The program staff did not approve your match with ${other(context)}.`,
      ...quoted('Their note', payload.note),
      ...(payload.suggestionsPath ? ['Your fresh suggestions are waiting.'] : []),
    ],
    action: payload.suggestionsPath ? seeSuggestions(context, payload.suggestionsPath) : { label: 'Open the portal', url: site(context, '/portal') },
  }),
  connection_ended: (payload, context) =>
    context.role === 'staff'
      ? {
          subject: `Mentorship ended early: ${pair(context)}`,
          blocks: [
            `The ${payload.endedBy} ended the mentorship between ${pair(context)} before the program's end.`,
            ...quoted('Reason given', payload.reason),
          ],
          action: openStaff(context),
        }
      : {
          subject: `${other(context)} ended your mentorship`,
          blocks: [`${other(context)} ended your mentorship early.`, ...quoted('Their reason', payload.reason)],
          action: openConnection(context, payload.connectionId, 'Open the mentorship'),
        },
  connection_proposed: (payload, context) => ({
    subject: `The program proposes ${other(context)} as your ${context.role === 'mentee' ? 'mentor' : 'mentee'}`,
    blocks: [
      `The program staff matched you with ${other(context)}: ${payload.compatibility}% compatible.`,
      `Please confirm or decline the match in the portal by ${dateTime(payload.respondBy, context)}. Your mentorship starts once you have both confirmed; after that date the proposal expires.`,
    ],
    action: openConnection(context, payload.connectionId, 'Confirm or decline'),
  }),
  proposal_your_turn: (payload, context) => ({
    subject: `${other(context)} confirmed your proposed match`,
    blocks: [
      `${other(context)} has confirmed the match the program proposed. Your mentorship starts as soon as you confirm too.`,
      `Please confirm or decline by ${dateTime(payload.respondBy, context)}; after that the proposal expires.`,
    ],
    action: openConnection(context, payload.connectionId, 'Confirm or decline'),
  }),
  proposal_confirmed: (payload, context) => ({
    subject: `Your match with ${other(context)} is confirmed`,
    blocks: payload.awaitingApproval
      ? [`You and ${other(context)} have both confirmed the match.`, 'The program staff confirm each match; we will email you as soon as it is approved.']
      : [
          `You and ${other(context)} have both confirmed the match: your mentorship has started.`,
          'Say hello and plan your first meeting: the program asks for one face-to-face or video meeting in the first month.',
        ],
    action: openConnection(context, payload.connectionId),
  }),
  proposal_declined: (payload, context) => ({
    subject: `${other(context)} declined the proposed match`,
    blocks: [
      `${other(context)} declined the match the program proposed, so it will not go ahead.`,
      ...quoted('Their note', payload.reason),
      payload.suggestionsPath ? 'Many other mentors would be glad to help: your suggestions are waiting.' : 'Nothing more is needed from you.',
    ],
    action: payload.suggestionsPath ? seeSuggestions(context, payload.suggestionsPath) : openConnection(context, payload.connectionId, 'Open the portal'),
  }),
  proposal_expired: (payload, context) => ({
    subject: `The proposed match with ${other(context)} has expired`,
    blocks: [
      payload.programEnded
        ? `The program ended before you and ${other(context)} both confirmed the proposed match.`
        : `The match with ${other(context)} was not confirmed by both of you in time, so the proposal has expired.`,
      ...(payload.suggestionsPath ? ['You can ask a mentor yourself: your suggestions are waiting.'] : []),
    ],
    action: payload.suggestionsPath ? seeSuggestions(context, payload.suggestionsPath) : { label: 'Open the portal', url: site(context, '/portal') },
  }),
  connection_completed: (payload, context) => ({
    subject: `Your mentorship with ${other(context)} is complete`,
    blocks: [
      `The program's official period is over: congratulations on the work you and ${other(context)} did together.`,
      'You are welcome to keep in touch and continue outside the program.',
      'Please tell us how it went: your end-of-program feedback takes two minutes and helps the next pairs.',
    ],
    action: openConnection(context, payload.connectionId, 'Give your feedback'),
  }),
  feedback_requested: (payload, context) => ({
    subject:
      payload.moment === 'midpoint' ? `Half-way there: how is your mentorship with ${other(context)} going?` : `How did your mentorship with ${other(context)} go?`,
    blocks: [
      payload.moment === 'midpoint'
        ? 'You are half-way through the program. Please take two minutes to tell us how your mentorship is going.'
        : 'The program has ended. Please take two minutes to tell us how your mentorship went.',
    ],
    action: openConnection(context, payload.connectionId, 'Give your feedback'),
  }),
  fit_check: (payload, context) => ({
    subject: `Is ${other(context)} a good fit?`,
    blocks: [
      `You had your first meeting with ${other(context)} on ${day(payload.firstMeetingAt, context)}. How did it feel?`,
      'If the mentorship is not working for you, that is fine: say so in the portal and you can end it and find another match.',
    ],
    action: openConnection(context, payload.connectionId),
  }),
  mentor_leaving: (payload, context) => ({
    subject: `${mentor(context)} is leaving the program on ${day(payload.leaveDate, context)}`,
    blocks: [
      `${mentor(context)} gave notice: they leave the program on ${day(payload.leaveDate, context)}. They receive no new requests; their mentorships end on that date.`,
    ],
    action: openStaff(context),
  }),
  mentor_left: (payload, context) =>
    context.role === 'staff'
      ? {
          subject: `${mentor(context)} has left: mentorship with ${mentee(context)} ended`,
          blocks: [`${mentor(context)} reached their leave date, so their mentorship with ${mentee(context)} has ended.`],
          action: openStaff(context),
        }
      : {
          subject: `${mentor(context)} has left the program`,
          blocks: [
            `${mentor(context)} has left the mentoring program, so your mentorship has ended. Thank you both for the time you spent together.`,
            'You can ask another mentor: your fresh suggestions are waiting.',
          ],
          action: seeSuggestions(context, payload.suggestionsPath),
        },
  mentor_reviewed: (payload, context) =>
    payload.decision === 'approved'
      ? {
          subject: 'Your mentor profile is approved',
          blocks: [
            'The program staff approved your mentor profile: students can now find you and ask you to mentor them.',
            ...quoted('Their note', payload.note),
            'Keep your profile current, so the students who ask are the ones you can help most.',
          ],
          action: { label: 'Open your profile', url: site(context, PROFILE_PATH) },
        }
      : {
          subject: 'Your mentor profile was not approved',
          blocks: [
            'The program staff reviewed your mentor profile and did not approve it, so it is not listed to students.',
            ...quoted('Their note', payload.note),
            'If you have questions, reply to the program staff through the contact on the site.',
          ],
          action: { label: 'Open the portal', url: site(context, '/portal') },
        },
  outreach_reminder: (payload, context) => ({
    subject: 'Find your mentor this week',
    blocks: [
      `The program asks new mentees to reach out to a mentor within a week of signing up, that is by ${day(payload.windowEndsAt, context)}.`,
      'Your suggestions are ready: choose a mentor and send a short request.',
    ],
    action: seeSuggestions(context),
  }),
  outreach_flag: (payload, context) => ({
    subject: `${mentee(context)} has not reached out to a mentor yet`,
    blocks: [`${mentee(context)} signed up on ${day(payload.signedUpAt, context)} and has not asked a mentor yet.`],
    action: openStaff(context),
  }),
  cadence_reminder: (payload, context) => ({
    subject: `Time to get in touch with ${other(context)}`,
    blocks: [
      `The program asks for ${payload.expected} contacts a month. So far ${payload.contacts} ${payload.contacts === 1 ? 'is' : 'are'} logged for ${monthName(payload.month)}.`,
      'Plan a call or a meeting, and log it in the portal.',
    ],
    action: openConnection(context, payload.connectionId),
  }),
  cadence_flag: (payload, context) => ({
    subject: `Fewer contacts than expected: ${pair(context)}`,
    blocks: [`${pair(context)} logged ${payload.contacts} of ${payload.expected} expected contacts in ${monthName(payload.month)}.`],
    action: openStaff(context),
  }),
  first_meeting_reminder: (payload, context) => ({
    subject: `Plan your first meeting with ${other(context)}`,
    blocks: [
      `The program asks for one face-to-face or video meeting in the first month, by ${day(payload.dueBy, context)}.`,
      'Agree on a time and log the meeting in the portal: you will both get a calendar invitation.',
    ],
    action: openConnection(context, payload.connectionId),
  }),
  first_meeting_flag: (payload, context) => ({
    subject: `No first meeting yet: ${pair(context)}`,
    blocks: [`${pair(context)} had no face-to-face or video meeting by ${day(payload.dueBy, context)}.`],
    action: openStaff(context),
  }),
  goals_reminder: (payload, context) => ({
    subject: `Agree on your goals with ${other(context)}`,
    blocks: [
      `The program asks each pair to agree on ${payload.expected} goals by ${day(payload.dueBy, context)}. You have agreed ${payload.agreed} so far.`,
      'Propose a goal, or agree to one already proposed, in the portal.',
    ],
    action: openConnection(context, payload.connectionId),
  }),
  goals_flag: (payload, context) => ({
    subject: `Goals not agreed: ${pair(context)}`,
    blocks: [`${pair(context)} agreed ${payload.agreed} of ${payload.expected} goals by ${day(payload.dueBy, context)}.`],
    action: openStaff(context),
  }),
  meeting_scheduled: (payload, context) => ({
    subject: `Meeting with ${other(context)} on ${shortDay(payload.startsAt, context)}`,
    blocks: [
      `A ${MODE_LABEL[payload.mode]} with ${other(context)} is planned for ${meetingLine(payload, context)}.`,
      'The invitation is attached: open it to add the meeting to your calendar.',
    ],
    action: openConnection(context, payload.connectionId),
  }),
  meeting_updated: (payload, context) => ({
    subject: `Updated: meeting with ${other(context)} on ${shortDay(payload.startsAt, context)}`,
    blocks: [
      `Your ${MODE_LABEL[payload.mode]} with ${other(context)} has changed: it is now planned for ${meetingLine(payload, context)}.`,
      'The updated invitation is attached: open it to update your calendar.',
    ],
    action: openConnection(context, payload.connectionId),
  }),
  meeting_cancelled: (payload, context) => ({
    subject: `Cancelled: meeting with ${other(context)} on ${shortDay(payload.startsAt, context)}`,
    blocks: [
      `Your ${MODE_LABEL[payload.mode]} with ${other(context)} planned for ${dateTime(payload.startsAt, context)} is cancelled.`,
      'The attached update removes it from your calendar.',
    ],
    action: openConnection(context, payload.connectionId),
  }),
  message_received: (payload, context) => ({
    subject: `New message from ${other(context)}`,
    blocks: [`${other(context)} sent you a message. Messages stay between the two of you, so we do not send them by email: read and reply in the portal.`],
    action: openConnection(context, payload.connectionId, 'Read the message'),
  }),
  goal_proposed: (payload, context) => ({
    subject: `${other(context)} proposed a goal: ${payload.title}`,
    blocks: [`${other(context)} proposed a goal for your mentorship: “${payload.title}”.`, 'Agree to it, or talk it over, in the portal.'],
    action: openConnection(context, payload.connectionId, 'See the goal'),
  }),
};

export const isNotificationKind = (kind: string): kind is NotificationKind => Object.prototype.hasOwnProperty.call(TEMPLATES, kind);

/** The participant's links in reminder mail: the signed unsubscribe link and the profile page. */
export interface ReminderLinks {
  unsubscribeUrl: string;
}

function withFrame(body: Body, context: MailContext, links: ReminderLinks | undefined, reminder: boolean): MailContent {
  if (reminder && context.role !== 'staff' && !links) throw new Error('A reminder email needs its unsubscribe link');
  return {
    ...body,
    greeting: context.recipientName ? `Hello ${context.recipientName},` : context.role === 'staff' ? null : 'Hello,',
    footer: reminder && links ? { digestUrl: site(context, PROFILE_PATH), unsubscribeUrl: links.unsubscribeUrl } : undefined,
  };
}

/** The email for one notification. Reminders to participants need `links` for their footer. */
export function renderNotification<K extends NotificationKind>(
  kind: K,
  payload: NotificationPayloads[K],
  context: MailContext,
  links?: ReminderLinks,
): RenderedMail {
  const template = TEMPLATES[kind] as Template<K>;
  return renderMail(withFrame(template(payload, context), context, links, isReminder(kind)));
}

/** One day's reminders in one email, for a participant who chose the daily digest. */
export function renderDigest(
  items: readonly { kind: NotificationKind; payload: unknown; context: MailContext }[],
  context: MailContext,
  links: ReminderLinks,
): RenderedMail {
  const lines = items.map((item) => {
    const body = (TEMPLATES[item.kind] as Template<NotificationKind>)(item.payload as never, item.context);
    return { text: body.subject, url: body.action.url };
  });
  const blocks: Block[] = [
    lines.length === 1 ? 'Here is your mentoring reminder for today:' : `Here are your ${lines.length} mentoring reminders for today:`,
    { list: lines },
  ];
  const subject = lines.length === 1 ? `Your mentoring reminder: ${lines[0].text}` : `Your mentoring reminders (${lines.length})`;
  return renderMail(withFrame({ subject, blocks, action: { label: 'Open the portal', url: site(context, '/portal') } }, context, links, true));
}
