import type { NotificationKind, NotificationPayloads } from '../workflow/notifications';
import { isReminder, REMINDER_KINDS, renderDigest, renderNotification, type MailContext, type RecipientRole } from './templates';

const SITE = 'https://mentoring.example.edu';
const ADMIN = 'https://cms.example.edu/admin';
const respondBy = new Date('2026-11-30T12:00:00Z');
const startsAt = new Date('2026-12-01T14:00:00Z');
const meeting = { connectionId: 'c1', interactionId: 'i1', startsAt, minutes: 45, mode: 'video' as const, sequence: 0 };

/** One sample payload per kind: the type makes this list exhaustive, like the templates. */
const SAMPLES: { [K in NotificationKind]: NotificationPayloads[K] } = {
  request_received: { requestId: 'r1', menteeId: 'me1', respondBy },
  request_reminder: { requestId: 'r1', menteeId: 'me1', respondBy },
  request_accepted: { requestId: 'r1', mentorId: 'mo1', connectionId: 'c1', awaitingApproval: false },
  request_declined: { requestId: 'r1', mentorId: 'mo1', reason: 'Travelling all spring', suggestionsPath: '/portal/mentors' },
  request_expired: { requestId: 'r1', mentorId: 'mo1', suggestionsPath: '/portal/mentors' },
  request_withdrawn: { requestId: 'r1', menteeId: 'me1', because: 'mentee_withdrew' },
  approval_needed: { connectionId: 'c1', menteeId: 'me1', mentorId: 'mo1' },
  connection_approved: { connectionId: 'c1', note: null },
  connection_rejected: { connectionId: 'c1', note: 'Same employer', suggestionsPath: '/portal/mentors' },
  connection_ended: { connectionId: 'c1', endedBy: 'mentee', reason: 'Changed field' },
  connection_completed: { connectionId: 'c1', mayContinueOutsideProgram: true },
  connection_proposed: { connectionId: 'c1', respondBy, compatibility: 87 },
  proposal_your_turn: { connectionId: 'c1', respondBy },
  proposal_confirmed: { connectionId: 'c1', awaitingApproval: false },
  proposal_declined: { connectionId: 'c1', declinedBy: 'mentor', reason: 'Travelling all spring', suggestionsPath: '/portal/mentors' },
  proposal_expired: { connectionId: 'c1', programEnded: false, suggestionsPath: '/portal/mentors' },
  feedback_requested: { connectionId: 'c1', moment: 'midpoint' },
  fit_check: { connectionId: 'c1', firstMeetingAt: startsAt },
  mentor_leaving: { mentorId: 'mo1', leaveDate: new Date('2027-01-15T00:00:00Z') },
  mentor_left: { connectionId: 'c1', mentorId: 'mo1', suggestionsPath: '/portal/mentors' },
  mentor_reviewed: { mentorId: 'mo1', decision: 'approved', note: 'Welcome aboard' },
  outreach_reminder: { menteeId: 'me1', signedUpAt: respondBy, windowEndsAt: new Date('2026-12-07T12:00:00Z') },
  outreach_flag: { menteeId: 'me1', signedUpAt: respondBy },
  cadence_reminder: { connectionId: 'c1', month: '2026-11', contacts: 1, expected: 2 },
  cadence_flag: { connectionId: 'c1', month: '2026-11', contacts: 0, expected: 2 },
  first_meeting_reminder: { connectionId: 'c1', dueBy: respondBy },
  first_meeting_flag: { connectionId: 'c1', dueBy: respondBy },
  goals_reminder: { connectionId: 'c1', agreed: 1, expected: 2, dueBy: respondBy },
  goals_flag: { connectionId: 'c1', agreed: 0, expected: 2, dueBy: respondBy },
  meeting_scheduled: meeting,
  meeting_updated: { ...meeting, sequence: 1 },
  meeting_cancelled: { ...meeting, sequence: 2 },
  message_received: { connectionId: 'c1', messageId: 'm1', author: 'mentor' },
  goal_proposed: { connectionId: 'c1', goalId: 'g1', title: 'Build a network', by: 'mentor' },
};

/** Who receives each kind, and the exact page its email links to. */
const EXPECTED: Record<NotificationKind, [RecipientRole, string][]> = {
  request_received: [['mentor', `${SITE}/portal/requests`]],
  request_reminder: [['mentor', `${SITE}/portal/requests`]],
  request_accepted: [['mentee', `${SITE}/portal/connections/c1`]],
  request_declined: [['mentee', `${SITE}/portal/mentors`]],
  request_expired: [['mentee', `${SITE}/portal/mentors`]],
  request_withdrawn: [['mentor', `${SITE}/portal/requests`]],
  approval_needed: [['staff', `${ADMIN}/plugins/mentoring`]],
  connection_approved: [['mentee', `${SITE}/portal/connections/c1`], ['mentor', `${SITE}/portal/connections/c1`]],
  connection_rejected: [['mentee', `${SITE}/portal/mentors`]],
  connection_ended: [['mentor', `${SITE}/portal/connections/c1`], ['staff', `${ADMIN}/plugins/mentoring`]],
  connection_completed: [['mentee', `${SITE}/portal/connections/c1`], ['mentor', `${SITE}/portal/connections/c1`]],
  connection_proposed: [['mentee', `${SITE}/portal/connections/c1`], ['mentor', `${SITE}/portal/connections/c1`]],
  proposal_your_turn: [['mentee', `${SITE}/portal/connections/c1`], ['mentor', `${SITE}/portal/connections/c1`]],
  proposal_confirmed: [['mentee', `${SITE}/portal/connections/c1`], ['mentor', `${SITE}/portal/connections/c1`]],
  proposal_declined: [['mentee', `${SITE}/portal/mentors`]],
  proposal_expired: [['mentee', `${SITE}/portal/mentors`]],
  feedback_requested: [['mentee', `${SITE}/portal/connections/c1`]],
  fit_check: [['mentor', `${SITE}/portal/connections/c1`]],
  mentor_leaving: [['staff', `${ADMIN}/plugins/mentoring`]],
  mentor_left: [['mentee', `${SITE}/portal/mentors`], ['staff', `${ADMIN}/plugins/mentoring`]],
  mentor_reviewed: [['mentor', `${SITE}/portal/profile`]],
  outreach_reminder: [['mentee', `${SITE}/portal/mentors`]],
  outreach_flag: [['staff', `${ADMIN}/plugins/mentoring`]],
  cadence_reminder: [['mentee', `${SITE}/portal/connections/c1`]],
  cadence_flag: [['staff', `${ADMIN}/plugins/mentoring`]],
  first_meeting_reminder: [['mentor', `${SITE}/portal/connections/c1`]],
  first_meeting_flag: [['staff', `${ADMIN}/plugins/mentoring`]],
  goals_reminder: [['mentee', `${SITE}/portal/connections/c1`]],
  goals_flag: [['staff', `${ADMIN}/plugins/mentoring`]],
  meeting_scheduled: [['mentee', `${SITE}/portal/connections/c1`], ['mentor', `${SITE}/portal/connections/c1`]],
  meeting_updated: [['mentee', `${SITE}/portal/connections/c1`]],
  meeting_cancelled: [['mentor', `${SITE}/portal/connections/c1`]],
  message_received: [['mentee', `${SITE}/portal/connections/c1`]],
  goal_proposed: [['mentee', `${SITE}/portal/connections/c1`]],
};

const context = (role: RecipientRole, overrides: Partial<MailContext> = {}): MailContext => ({
  role,
  recipientName: role === 'staff' ? null : role === 'mentee' ? 'Maya Mentee' : 'Omar Mentor',
  menteeName: 'Maya Mentee',
  mentorName: 'Omar Mentor',
  siteUrl: SITE,
  adminUrl: ADMIN,
  timeZone: 'UTC',
  ...overrides,
});

const UNSUBSCRIBE = 'https://cms.example.edu/api/mentoring/unsubscribe?token=mentee.x.sig';
const links = { unsubscribeUrl: UNSUBSCRIBE };
const render = (kind: NotificationKind, role: RecipientRole, overrides: Partial<MailContext> = {}, payload: unknown = SAMPLES[kind]) =>
  renderNotification(kind, payload as never, context(role, overrides), isReminder(kind) && role !== 'staff' ? links : undefined);

const cases = (Object.keys(EXPECTED) as NotificationKind[]).flatMap((kind) => EXPECTED[kind].map(([role, url]) => [kind, role, url] as const));

describe('email templates', () => {
  it.each(cases)('%s to %s: a subject, both bodies, and a link to the exact page', (kind, role, url) => {
    const mail = render(kind, role);
    expect(mail.subject.length).toBeGreaterThan(5);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(`href="${url}"`);
    if (role === 'staff') expect(mail.text).not.toMatch(/^Hello/);
    else expect(mail.text).toMatch(/^Hello (Maya Mentee|Omar Mentor),/);
  });

  it('covers every notification kind', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it('names the other side of the pair, seen from the recipient', () => {
    expect(render('connection_approved', 'mentee').subject).toBe('Your mentorship with Omar Mentor is approved');
    expect(render('connection_approved', 'mentor').subject).toBe('Your mentorship with Maya Mentee is approved');
    expect(render('request_received', 'mentor').subject).toBe('New mentoring request from Maya Mentee');
    expect(render('cadence_flag', 'staff').subject).toBe('Fewer contacts than expected: Maya Mentee and Omar Mentor');
  });

  it('tells a mentor staff’s review decision, with the note and where to go next', () => {
    const approved = render('mentor_reviewed', 'mentor');
    expect(approved.subject).toBe('Your mentor profile is approved');
    expect(approved.text).toContain('Their note: “Welcome aboard”');
    const rejected = render('mentor_reviewed', 'mentor', {}, { mentorId: 'mo1', decision: 'rejected', note: null });
    expect(rejected.subject).toBe('Your mentor profile was not approved');
    expect(rejected.text).not.toContain('Their note');
    expect(rejected.html).toContain(`href="${SITE}/portal"`);
  });

  it('still reads well when a name is gone', () => {
    const mail = render('request_expired', 'mentee', { mentorName: null });
    expect(mail.subject).toBe('Your request to a mentor has expired');
    expect(mail.text).toContain('\n\nA mentor did not answer in time');
    expect(render('request_withdrawn', 'mentor', { menteeName: null }).subject).toBe('A mentee withdrew their request');
  });

  it('escapes what participants typed in the HTML and keeps it as typed in the text', () => {
    const hostile = '<script>alert("x")</script> & Co';
    const mail = render('goal_proposed', 'mentee', { mentorName: hostile }, { ...SAMPLES.goal_proposed, title: '<b>Grow</b>' });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>Grow</b>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(mail.html).toContain('&lt;b&gt;Grow&lt;/b&gt;');
    expect(mail.text).toContain(`${hostile} proposed a goal`);
  });

  it('never carries a message body or interaction notes, whatever the payload holds', () => {
    const secret = 'CONFIDENTIAL-BODY';
    for (const kind of ['message_received', 'meeting_scheduled', 'meeting_updated', 'goal_proposed'] as const) {
      const mail = render(kind, 'mentee', {}, { ...SAMPLES[kind], body: secret, notes: secret, bodyCipher: secret, notesCipher: secret });
      expect(`${mail.subject}${mail.text}${mail.html}`).not.toContain(secret);
    }
  });

  it('keeps a header on one line even when a name has a line break', () => {
    expect(render('request_received', 'mentor', { menteeName: 'Maya\r\nBcc: x@example.org' }).subject).toBe('New mentoring request from Maya Bcc: x@example.org');
  });

  it('sends a mentee whose request expired, was declined or whose mentor left to fresh suggestions', () => {
    for (const kind of ['request_expired', 'request_declined', 'mentor_left'] as const) {
      const mail = render(kind, 'mentee');
      expect(mail.text).toContain(`${SITE}/portal/mentors`);
      expect(mail.text).toMatch(/suggestions/);
    }
    expect(render('request_declined', 'mentee').text).toContain('“Travelling all spring”');
  });

  it('welcomes a completed pair to continue outside the program and asks for end feedback', () => {
    const mail = render('connection_completed', 'mentor');
    expect(mail.text).toContain('welcome to keep in touch and continue outside the program');
    expect(mail.text).toMatch(/feedback/);
    expect(mail.text).toContain(`Give your feedback: ${SITE}/portal/connections/c1`);
  });

  it('tells a mentee whether the match still waits for staff', () => {
    expect(render('request_accepted', 'mentee', {}, { ...SAMPLES.request_accepted, awaitingApproval: true }).text).toMatch(/staff confirm/);
    expect(render('request_accepted', 'mentee').text).toMatch(/has started/);
  });

  it('asks each side of a proposed match to confirm or decline by the deadline, naming the other side', () => {
    const mentee = render('connection_proposed', 'mentee');
    expect(mentee.subject).toBe('The program proposes Omar Mentor as your mentor');
    expect(mentee.text).toContain('87% compatible');
    expect(mentee.text).toContain('by Monday, 30 November 2026 at 12:00 UTC');
    expect(mentee.text).toContain(`Confirm or decline: ${SITE}/portal/connections/c1`);
    expect(render('connection_proposed', 'mentor').subject).toBe('The program proposes Maya Mentee as your mentee');
  });

  it('tells the other side of a declined proposal why, and a mentor needs do nothing', () => {
    expect(render('proposal_declined', 'mentee').text).toContain('“Travelling all spring”');
    const mentor = render('proposal_declined', 'mentor', {}, { connectionId: 'c1', declinedBy: 'mentee', reason: null, suggestionsPath: null });
    expect(mentor.subject).toBe('Maya Mentee declined the proposed match');
    expect(mentor.text).toContain('Nothing more is needed from you.');
  });

  it('tells a confirmed pair whether the match still waits for staff', () => {
    expect(render('proposal_confirmed', 'mentor', {}, { connectionId: 'c1', awaitingApproval: true }).text).toMatch(/staff confirm/);
    expect(render('proposal_confirmed', 'mentor').text).toMatch(/has started/);
  });

  it("writes times in the recipient's zone", () => {
    expect(render('meeting_scheduled', 'mentee', { timeZone: 'Europe/Paris' }).text).toContain('Tuesday, 1 December 2026 at 15:00 CET, 45 minutes');
    expect(render('meeting_scheduled', 'mentee').text).toContain('at 14:00 UTC');
    // An unknown zone falls back to UTC rather than failing the email.
    expect(render('meeting_scheduled', 'mentee', { timeZone: 'Not/AZone' }).text).toContain('at 14:00 UTC');
    expect(render('cadence_reminder', 'mentee').text).toContain('November 2026');
  });

  it('reads dates back from the outbox JSON as well', () => {
    const stored = JSON.parse(JSON.stringify(SAMPLES.request_received));
    expect(render('request_received', 'mentor', {}, stored).text).toContain('Monday, 30 November 2026 at 12:00 UTC');
  });

  describe('reminders', () => {
    it('are exactly the nudges of the time rules', () => {
      expect([...REMINDER_KINDS].sort()).toEqual(
        ['cadence_reminder', 'feedback_requested', 'first_meeting_reminder', 'fit_check', 'goals_reminder', 'outreach_reminder', 'request_reminder'].sort(),
      );
      expect(isReminder('request_received')).toBe(false);
      expect(isReminder('meeting_scheduled')).toBe(false);
    });

    it.each([...REMINDER_KINDS])('%s carries the unsubscribe link and the way to a digest', (kind) => {
      const role = EXPECTED[kind][0][0];
      const mail = render(kind, role);
      expect(mail.text).toContain(`Stop reminders: ${UNSUBSCRIBE}`);
      expect(mail.text).toContain(`${SITE}/portal/profile`);
      expect(mail.html).toContain(`href="${UNSUBSCRIBE}"`);
    });

    it('are refused without their unsubscribe link', () => {
      expect(() => renderNotification('goals_reminder', SAMPLES.goals_reminder, context('mentee'))).toThrow(/unsubscribe/);
    });

    it('transactional mail has no unsubscribe footer', () => {
      expect(render('request_received', 'mentor').text).not.toMatch(/Stop reminders/);
    });
  });

  describe('digest', () => {
    it("lists the day's reminders, each with its link, in one email that can be unsubscribed", () => {
      const items = [
        { kind: 'goals_reminder' as const, payload: SAMPLES.goals_reminder, context: context('mentee') },
        { kind: 'cadence_reminder' as const, payload: { ...SAMPLES.cadence_reminder, connectionId: 'c2' }, context: context('mentee', { mentorName: 'Lee Second' }) },
      ];
      const mail = renderDigest(items, context('mentee'), links);
      expect(mail.subject).toBe('Your mentoring reminders (2)');
      expect(mail.text).toContain(`- Agree on your goals with Omar Mentor\n  ${SITE}/portal/connections/c1`);
      expect(mail.text).toContain(`- Time to get in touch with Lee Second\n  ${SITE}/portal/connections/c2`);
      expect(mail.html).toContain(`<li><a href="${SITE}/portal/connections/c2">Time to get in touch with Lee Second</a></li>`);
      expect(mail.text).toContain(`Stop reminders: ${UNSUBSCRIBE}`);
    });
  });
});
