import type { Core } from '@strapi/strapi';
import { startApp, type TestApp } from '../harness/strapi';
import { smtpEnv, startSmtp, type ReceivedMail, type TestSmtp } from '../harness/smtp';
import { createAdmin } from '../harness/admin';
import { signUpConfirmed, type Participant } from '../harness/participants';

/**
 * The outbox's sender against a real SMTP server: what arrives, that nothing is lost or sent twice
 * while the server is down or two senders run, staff addresses, the daily digest, reminders off,
 * and the signed one-click unsubscribe link.
 */
describe('outbox delivery', () => {
  let app: TestApp;
  let smtp: TestSmtp;
  let strapi: Core.Strapi;
  const SITE = 'http://site.test';
  const NOTIFICATION = 'plugin::mentoring.notification';
  const T0 = new Date('2026-11-02T10:00:00Z');
  const minutes = (from: Date, count: number) => new Date(from.getTime() + count * 60_000);

  const outbox = () => strapi.plugin('mentoring').service('outbox');
  const store = () => strapi.plugin('mentoring').service('workflowStore');
  const row = (dedupeKey: string) => strapi.db.query(NOTIFICATION).findOne({ where: { dedupeKey } });
  const mailTo = (address: string) => smtp.received.filter((entry) => entry.envelopeTo.includes(address));
  const newSince = (count: number) => smtp.received.slice(count);

  type Who = { role: 'mentee' | 'mentor'; id: string } | { role: 'staff' };
  const note = (kind: string, dedupeKey: string, recipient: Who, payload: Record<string, unknown>) => ({ kind, dedupeKey, recipient, payload }) as any;
  const enqueue = (notes: unknown[], now: Date) => store().enqueue(notes, now);
  const outreach = (key: string, id: string) =>
    note('outreach_reminder', key, { role: 'mentee', id }, { menteeId: id, signedUpAt: T0, windowEndsAt: minutes(T0, 7 * 24 * 60) });

  let mentee: Participant;
  let mentor: Participant;
  let menteeId: string;
  let mentorId: string;
  let connectionId: string;
  const MENTEE_NAME = "Maya O'Neil <MJ>";

  const profileId = async (participant: Participant) =>
    (await strapi.db.query(`plugin::mentoring.${participant.role}-profile`).findOne({ where: { user: { id: participant.userId } } })).documentId as string;

  const putProfile = (participant: Participant, body: unknown) =>
    app.http().put('/api/mentoring/me/profile').set('Authorization', `Bearer ${participant.jwt}`).send(body as object);

  beforeAll(async () => {
    smtp = await startSmtp();
    app = await startApp({ ...smtpEnv(smtp), SITE_URL: SITE, MAIL_FROM: 'Mentoring Program <mentoring@example.edu>' });
    strapi = app.strapi;
    mentee = await signUpConfirmed(app, 'mentee', MENTEE_NAME);
    mentor = await signUpConfirmed(app, 'mentor', 'Omar Mentor');
    menteeId = await profileId(mentee);
    mentorId = await profileId(mentor);
    const [menteeRow, mentorRow] = await Promise.all([
      strapi.db.query('plugin::mentoring.mentee-profile').findOne({ where: { documentId: menteeId } }),
      strapi.db.query('plugin::mentoring.mentor-profile').findOne({ where: { documentId: mentorId } }),
    ]);
    connectionId = 'conn00000000000000000001';
    await strapi.db.query('plugin::mentoring.connection').create({
      data: { documentId: connectionId, mentee: menteeRow.id, mentor: mentorRow.id, status: 'active', startedAt: T0, endsAt: new Date('2027-05-02T10:00:00Z') },
    });
  });
  afterAll(async () => {
    await app?.stop();
    await smtp?.stop();
  });

  it('delivers a transactional email with its link, escaped, once', async () => {
    const before = smtp.received.length;
    await enqueue([note('request_received', 'request:r1:received@mentor', { role: 'mentor', id: mentorId }, { requestId: 'r1', menteeId, respondBy: minutes(T0, 48 * 60) })], T0);

    const report = await outbox().deliver(T0);
    expect(report).toMatchObject({ sent: 1, retrying: 0, failed: 0 });
    const [{ envelopeTo, mail }] = newSince(before);
    expect(envelopeTo).toEqual([mentor.email]);
    expect(mail.subject).toBe(`New mentoring request from ${MENTEE_NAME}`);
    expect(mail.from?.value[0].address).toBe('mentoring@example.edu');
    expect(mail.text).toContain('Hello Omar Mentor,');
    expect(mail.text).toContain(`Answer the request: ${SITE}/portal/requests`);
    expect(mail.html).toContain(`href="${SITE}/portal/requests"`);
    expect(mail.html).toContain('Maya O&#39;Neil &lt;MJ&gt;');
    expect(mail.html).not.toContain('<MJ>');
    // Transactional: no unsubscribe header.
    expect(mail.headerLines.some((line) => line.key === 'list-unsubscribe')).toBe(false);
    expect(await row('request:r1:received@mentor')).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(new Date((await row('request:r1:received@mentor')).sentAt)).toEqual(T0);

    expect(await outbox().deliver(minutes(T0, 5))).toMatchObject({ sent: 0 });
    expect(smtp.received.length).toBe(before + 1);
  });

  it('sends both sides a calendar invitation, then its update and its cancellation', async () => {
    const before = smtp.received.length;
    const meeting = { connectionId, interactionId: 'int00000000000000000001', startsAt: new Date('2026-11-10T15:00:00Z'), minutes: null, mode: 'video' };
    const pair = (kind: string, event: string, sequence: number) => [
      note(kind, `${event}@mentee`, { role: 'mentee', id: menteeId }, { ...meeting, sequence }),
      note(kind, `${event}@mentor`, { role: 'mentor', id: mentorId }, { ...meeting, sequence }),
    ];
    await enqueue(pair('meeting_scheduled', 'meeting:i1:0', 0), T0);
    await outbox().deliver(T0);
    await enqueue(pair('meeting_cancelled', 'meeting:i1:1', 1), minutes(T0, 1));
    await outbox().deliver(minutes(T0, 1));

    const arrived = newSince(before);
    expect(arrived.map((entry) => entry.envelopeTo[0]).sort()).toEqual([mentee.email, mentee.email, mentor.email, mentor.email].sort());
    const invite = (entry: ReceivedMail) => {
      const attachment = entry.mail.attachments.find((file) => file.filename === 'invite.ics');
      expect(attachment?.contentType).toBe('text/calendar');
      return attachment!.content.toString('utf8').replace(/\r\n[ \t]/g, '');
    };
    const scheduled = arrived.find((entry) => entry.envelopeTo[0] === mentee.email && entry.mail.subject?.startsWith('Meeting with'))!;
    expect(scheduled.mail.subject).toBe('Meeting with Omar Mentor on Tuesday 10 November');
    expect(scheduled.mail.text).toContain(`${SITE}/portal/connections/${connectionId}`);
    const ics = invite(scheduled);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('UID:int00000000000000000001@mentoring');
    expect(ics).toContain('SEQUENCE:0');
    expect(ics).toContain('DTSTART:20261110T150000Z');
    expect(ics).toContain('DURATION:PT60M');
    expect(ics.toLowerCase()).toContain(`mailto:${mentee.email}`);
    expect(ics.toLowerCase()).toContain(`mailto:${mentor.email}`);
    expect(scheduled.mail.attachments[0].headers.get('content-type')).toMatchObject({ params: expect.objectContaining({ method: 'REQUEST' }) });

    const cancelled = arrived.find((entry) => entry.envelopeTo[0] === mentor.email && entry.mail.subject?.startsWith('Cancelled'))!;
    expect(cancelled.mail.subject).toBe(`Cancelled: meeting with ${MENTEE_NAME} on Tuesday 10 November`);
    const cancel = invite(cancelled);
    expect(cancel).toContain('METHOD:CANCEL');
    expect(cancel).toContain('STATUS:CANCELLED');
    expect(cancel).toContain('UID:int00000000000000000001@mentoring');
    expect(cancel).toContain('SEQUENCE:1');
  });

  it('sends staff mail to the admins who approve or monitor matches, and to super admins', async () => {
    await createAdmin(app, { email: 'super@example.edu' });
    await createAdmin(app, { email: 'approver@example.edu', permissions: ['plugin::mentoring.approvals.manage'] });
    await createAdmin(app, { email: 'monitor@example.edu', permissions: ['plugin::mentoring.monitoring.read'] });
    await createAdmin(app, { email: 'settings-only@example.edu', permissions: ['plugin::mentoring.settings.read'] });
    await createAdmin(app, { email: 'gone@example.edu', isActive: false });
    const before = smtp.received.length;

    await enqueue([note('approval_needed', 'connection:c9:approval@staff', { role: 'staff' }, { connectionId, menteeId, mentorId })], T0);
    await outbox().deliver(T0);

    const [{ envelopeTo, mail }] = newSince(before);
    expect(envelopeTo.sort()).toEqual(['approver@example.edu', 'monitor@example.edu', 'super@example.edu']);
    expect(mail.subject).toBe(`Match awaiting approval: ${MENTEE_NAME} and Omar Mentor`);
    expect(mail.text).toContain('/admin/plugins/mentoring');
  });

  it('loses nothing while SMTP is down, and sends each email once when it is back', async () => {
    const keys = ['down:1@mentee', 'down:2@mentee', 'down:3@mentor'];
    const notes = [
      note('message_received', keys[0], { role: 'mentee', id: menteeId }, { connectionId, messageId: 'm1', author: 'mentor' }),
      note('goal_proposed', keys[1], { role: 'mentee', id: menteeId }, { connectionId, goalId: 'g1', title: 'Build a network', by: 'mentor' }),
      note('message_received', keys[2], { role: 'mentor', id: mentorId }, { connectionId, messageId: 'm2', author: 'mentee' }),
    ];
    const T1 = new Date('2026-11-03T09:00:00Z');
    await smtp.stop();
    const before = smtp.received.length;
    await enqueue(notes, T1);

    expect(await outbox().deliver(T1)).toMatchObject({ sent: 0, retrying: 3 });
    for (const key of keys) {
      const stored = await row(key);
      expect(stored).toMatchObject({ status: 'pending', attempts: 1 });
      expect(new Date(stored.nextAttemptAt)).toEqual(minutes(T1, 1));
      expect(stored.lastError).toMatch(/ECONNREFUSED|connect/i);
    }
    // Not due yet: nothing is tried.
    expect(await outbox().deliver(minutes(T1, 0.5))).toMatchObject({ sent: 0, retrying: 0 });
    expect((await row(keys[0])).attempts).toBe(1);
    // Second failure: the wait doubles.
    expect(await outbox().deliver(minutes(T1, 1))).toMatchObject({ retrying: 3 });
    expect(new Date((await row(keys[0])).nextAttemptAt)).toEqual(minutes(T1, 3));

    await smtp.start();
    expect(await outbox().deliver(minutes(T1, 3))).toMatchObject({ sent: 3, retrying: 0 });
    expect(await outbox().deliver(minutes(T1, 60))).toMatchObject({ sent: 0 });
    const arrived = newSince(before);
    expect(arrived).toHaveLength(3);
    expect(arrived.map((entry) => entry.mail.subject).sort()).toEqual(
      [`New message from ${MENTEE_NAME}`, 'New message from Omar Mentor', 'Omar Mentor proposed a goal: Build a network'].sort(),
    );
    for (const key of keys) expect(await row(key)).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
  });

  it('sends each email once when two senders run at the same time', async () => {
    const T2 = new Date('2026-11-04T09:00:00Z');
    const keys = Array.from({ length: 8 }, (_, index) => `race:${index}@mentor`);
    await enqueue(
      keys.map((key, index) => note('message_received', key, { role: 'mentor', id: mentorId }, { connectionId, messageId: `race${index}`, author: 'mentee' })),
      T2,
    );
    const before = smtp.received.length;

    const reports = await Promise.all([outbox().deliver(T2), outbox().deliver(T2), outbox().deliver(T2)]);

    expect(reports.reduce((sum: number, report: { sent: number }) => sum + report.sent, 0)).toBe(8);
    expect(newSince(before)).toHaveLength(8);
    for (const key of keys) expect(await row(key)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('gives up after the last attempt and leaves the failure for staff to see', async () => {
    const T3 = new Date('2026-11-05T09:00:00Z');
    await smtp.stop();
    await enqueue([note('message_received', 'doomed@mentee', { role: 'mentee', id: menteeId }, { connectionId, messageId: 'm9', author: 'mentor' })], T3);
    let now = T3;
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      await outbox().deliver(now);
      now = new Date((await row('doomed@mentee')).nextAttemptAt ?? now);
    }
    await smtp.start();
    expect(await row('doomed@mentee')).toMatchObject({ status: 'failed', attempts: 20 });
    expect((await row('doomed@mentee')).lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(await outbox().deliver(minutes(now, 120))).toMatchObject({ sent: 0 });
  });

  it('skips a row whose recipient is gone, and never resends one interrupted mid-send', async () => {
    const before = smtp.received.length;
    await enqueue([note('message_received', 'ghost@mentee', { role: 'mentee', id: 'nosuchprofile00000000000' }, { connectionId, messageId: 'm3', author: 'mentor' })], T0);
    await enqueue([note('message_received', 'interrupted@mentee', { role: 'mentee', id: menteeId }, { connectionId, messageId: 'm4', author: 'mentor' })], T0);
    // A sender that claimed this row and stopped before recording the outcome: its lease has run out.
    await strapi.db.query(NOTIFICATION).update({ where: { dedupeKey: 'interrupted@mentee' }, data: { attempts: 1, lastError: 'claimed: being delivered' } });

    await outbox().deliver(minutes(T0, 20));

    expect(await row('ghost@mentee')).toMatchObject({ status: 'skipped', lastError: 'the recipient no longer exists' });
    expect(await row('interrupted@mentee')).toMatchObject({ status: 'failed' });
    expect((await row('interrupted@mentee')).lastError).toMatch(/interrupted/);
    expect(newSince(before)).toHaveLength(0);
  });

  describe('reminders', () => {
    let digest: Participant;
    let quiet: Participant;
    let digestId: string;
    let quietId: string;

    beforeAll(async () => {
      digest = await signUpConfirmed(app, 'mentee', 'Dana Digest');
      quiet = await signUpConfirmed(app, 'mentee', 'Quinn Quiet');
      digestId = await profileId(digest);
      quietId = await profileId(quiet);
    });

    it('participants choose digest or no reminders in their profile; bad values are refused by field', async () => {
      const digestChoice = await putProfile(digest, { reminderDelivery: 'digest' });
      expect(digestChoice.status).toBe(200);
      expect(digestChoice.body.profile).toMatchObject({ reminderDelivery: 'digest', remindersOff: false });
      const off = await putProfile(quiet, { remindersOff: true });
      expect(off.body.profile).toMatchObject({ reminderDelivery: 'immediate', remindersOff: true });
      const asMentor = await putProfile(mentor, { reminderDelivery: 'immediate', remindersOff: false });
      expect(asMentor.body.profile).toMatchObject({ reminderDelivery: 'immediate', remindersOff: false });

      const bad = await putProfile(digest, { reminderDelivery: 'weekly', remindersOff: 'yes' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details.errors.map((error: { path: string[] }) => error.path[0]).sort()).toEqual(['reminderDelivery', 'remindersOff']);
      expect((await app.http().put('/api/mentoring/me/profile').send({ remindersOff: true })).status).toBe(401);
      const me = await app.http().get('/api/mentoring/me').set('Authorization', `Bearer ${digest.jwt}`);
      expect(me.body.profile).toMatchObject({ reminderDelivery: 'digest', remindersOff: false });
    });

    it('skips reminders to a participant who turned them off, but not transactional mail', async () => {
      const before = smtp.received.length;
      await enqueue([outreach('outreach:quiet:reminder@mentee', quietId)], T0);
      await enqueue([note('request_expired', 'request:rq:expired@mentee', { role: 'mentee', id: quietId }, { requestId: 'rq', mentorId, suggestionsPath: '/portal/mentors' })], T0);
      await outbox().deliver(T0);
      expect(await row('outreach:quiet:reminder@mentee')).toMatchObject({ status: 'skipped', lastError: 'the participant turned reminders off' });
      const arrived = newSince(before);
      expect(arrived.map((entry) => entry.mail.subject)).toEqual(['Your request to Omar Mentor has expired']);
      expect(arrived[0].mail.text).toContain(`${SITE}/portal/mentors`);
    });

    it('gathers a digest participant’s reminders into one email at the next 07:00 UTC, once', async () => {
      const D = new Date('2026-11-06T10:00:00Z');
      const before = smtp.received.length;
      await enqueue(
        [
          outreach('outreach:dana:reminder@mentee', digestId),
          note('cadence_reminder', 'cadence:x:2026-11:reminder@mentee', { role: 'mentee', id: digestId }, { connectionId, month: '2026-11', contacts: 0, expected: 2 }),
          note('request_accepted', 'request:rd:accepted@mentee', { role: 'mentee', id: digestId }, { requestId: 'rd', mentorId, connectionId, awaitingApproval: false }),
        ],
        D,
      );

      const first = await outbox().deliver(D);
      expect(first).toMatchObject({ sent: 1, deferred: 2 });
      expect(newSince(before).map((entry) => entry.mail.subject)).toEqual(['Omar Mentor accepted your request']);
      expect(new Date((await row('outreach:dana:reminder@mentee')).nextAttemptAt)).toEqual(new Date('2026-11-07T07:00:00Z'));

      expect(await outbox().deliver(new Date('2026-11-07T06:59:00Z'))).toMatchObject({ sent: 0 });
      const morning = await outbox().deliver(new Date('2026-11-07T07:00:00Z'));
      expect(morning).toMatchObject({ sent: 2 });
      const digests = newSince(before + 1);
      expect(digests).toHaveLength(1);
      const [{ envelopeTo, mail }] = digests;
      expect(envelopeTo).toEqual([digest.email]);
      expect(mail.subject).toBe('Your mentoring reminders (2)');
      expect(mail.text).toContain(`- Find your mentor this week\n  ${SITE}/portal/mentors`);
      expect(mail.text).toContain(`- Time to get in touch with Omar Mentor\n  ${SITE}/portal/connections/${connectionId}`);
      expect(mail.headerLines.some((line) => line.key === 'list-unsubscribe')).toBe(true);
      expect(await row('digest:mentee:' + digestId + ':2026-11-07')).toMatchObject({ status: 'sent', kind: 'digest' });
      expect(await row('outreach:dana:reminder@mentee')).toMatchObject({ status: 'sent' });

      // The same morning again, and a reminder later that day: nothing more until the next slot.
      expect(await outbox().deliver(new Date('2026-11-07T07:05:00Z'))).toMatchObject({ sent: 0 });
      await enqueue([note('goals_reminder', 'goals:x:reminder@mentee', { role: 'mentee', id: digestId }, { connectionId, agreed: 1, expected: 2, dueBy: D })], new Date('2026-11-07T08:00:00Z'));
      expect(await outbox().deliver(new Date('2026-11-07T08:00:00Z'))).toMatchObject({ sent: 0, deferred: 1 });
      expect(newSince(before + 2)).toHaveLength(0);
      expect(await outbox().deliver(new Date('2026-11-08T07:00:00Z'))).toMatchObject({ sent: 1 });
      const next = newSince(before + 2);
      expect(next.map((entry) => entry.mail.subject)).toEqual(['Your mentoring reminder: Agree on your goals with Omar Mentor']);
    });
  });

  describe('unsubscribe', () => {
    let reader: Participant;
    let readerId: string;
    let link: string;

    beforeAll(async () => {
      reader = await signUpConfirmed(app, 'mentee', 'Rae Reader');
      readerId = await profileId(reader);
    });

    const remindersOff = async () =>
      (await strapi.db.query('plugin::mentoring.mentee-profile').findOne({ where: { documentId: readerId } })).remindersOff as boolean;

    it('puts a signed one-click link in every reminder, in the body and the List-Unsubscribe headers', async () => {
      const before = smtp.received.length;
      await enqueue([note('goals_reminder', 'goals:rae:reminder@mentee', { role: 'mentee', id: readerId }, { connectionId, agreed: 0, expected: 2, dueBy: T0 })], T0);
      await outbox().deliver(T0);
      const [{ mail }] = newSince(before);
      const header = mail.headerLines.find((line) => line.key === 'list-unsubscribe')!.line;
      link = /<([^>]+)>/.exec(header)![1];
      expect(link).toMatch(/\/api\/mentoring\/unsubscribe\?token=mentee\./);
      expect(mail.headerLines.find((line) => line.key === 'list-unsubscribe-post')!.line).toMatch(/List-Unsubscribe=One-Click/);
      expect(mail.text).toContain(`Stop reminders: ${link}`);
      expect(mail.text).toContain(`${SITE}/portal/profile`);
    });

    it('shows the button on GET without unsubscribing, and unsubscribes on the one-click POST', async () => {
      const path = new URL(link).pathname + new URL(link).search;
      const page = await app.http().get(path);
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.text).toContain('<form method="post">');
      expect(await remindersOff()).toBe(false);

      const done = await app.http().post(path).type('form').send('List-Unsubscribe=One-Click');
      expect(done.status).toBe(200);
      expect(done.text).toContain('Reminders stopped');
      expect(await remindersOff()).toBe(true);

      const before = smtp.received.length;
      await enqueue([outreach('outreach:rae:reminder@mentee', readerId)], T0);
      await outbox().deliver(T0);
      expect(await row('outreach:rae:reminder@mentee')).toMatchObject({ status: 'skipped' });
      expect(newSince(before)).toHaveLength(0);
    });

    it('refuses a forged, altered or missing token with 400 and changes nothing', async () => {
      await putProfile(mentor, { remindersOff: false });
      const token = new URL(link).searchParams.get('token')!;
      const signature = token.split('.')[2];
      const forged = [`mentor.${mentorId}.${signature}`, `${token.slice(0, -2)}xx`, 'mentor.abc.def', ''];
      for (const bad of forged) {
        const query = `/api/mentoring/unsubscribe?token=${encodeURIComponent(bad)}`;
        expect((await app.http().get(query)).status).toBe(400);
        const post = await app.http().post(query).type('form').send('List-Unsubscribe=One-Click');
        expect(post.status).toBe(400);
        expect(post.text).toContain('This link does not work');
      }
      expect((await app.http().post('/api/mentoring/unsubscribe')).status).toBe(400);
      expect((await app.http().get('/api/mentoring/unsubscribe?token=a&token=b')).status).toBe(400);
      const mentorRow = await strapi.db.query('plugin::mentoring.mentor-profile').findOne({ where: { documentId: mentorId } });
      expect(mentorRow.remindersOff).toBe(false);
    });
  });
});
