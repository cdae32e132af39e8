import fs from 'fs';
import os from 'os';
import path from 'path';
import { simpleParser } from 'mailparser';
import { startApp, type TestApp } from '../harness/strapi';
import { adminToken } from '../harness/admin';
import { signUpConfirmed, type Participant } from '../harness/participants';
import { participantApi, settingsService } from '../harness/requests';

const HOUR = 3_600_000;

/**
 * The whole program through the API, with `tick(now)` for time: a request left unanswered is
 * reminded and expires; an accepted one is approved, the pair agree goals and meet, stay on track,
 * reach the program's end and give feedback; every email lands in the capture folder; the mentee
 * takes its data and leaves.
 */
describe('the mentorship lifecycle', () => {
  let app: TestApp;
  const api = participantApi(() => app);
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentoring-lifecycle-'));
  const service = (name: string) => app.strapi.plugin('mentoring').service(name);
  const tick = (now: Date) => service('workflow').tick(now);
  const deliver = (now: Date) => service('outbox').deliver(now);

  async function mailTo(address: string) {
    const mails = [];
    for (const file of fs.readdirSync(mailDir).filter((name) => name.endsWith('.eml'))) {
      const mail = await simpleParser(fs.readFileSync(path.join(mailDir, file)));
      const to = Array.isArray(mail.to) ? mail.to.map((entry) => entry.text).join(',') : mail.to?.text ?? '';
      // Only the workflow's mail: not the sign-up confirmation.
      if (to.includes(address) && !/confirm your email/i.test(mail.subject ?? '')) mails.push(mail);
    }
    return mails;
  }

  beforeAll(async () => {
    app = await startApp({ MAIL_CAPTURE_DIR: mailDir });
  });
  afterAll(async () => {
    await app?.stop();
    fs.rmSync(mailDir, { recursive: true, force: true });
  });

  it('reminds the mentor at 24 hours and expires the request at 48, telling the mentee, by email', async () => {
    const mentor = await signUpConfirmed(app, 'mentor', 'Rae Unanswering', { login: false });
    const mentee = await signUpConfirmed(app, 'mentee', 'Sam Waiting', { login: false });
    const asked = await api.post(mentee, '/requests', { mentor: await api.profileId(mentor), message: 'I would love advice on product roles.' });
    expect(asked.status).toBe(201);
    const respondBy = new Date(asked.body.respondBy);
    const created = new Date(respondBy.getTime() - 48 * HOUR);

    await tick(new Date(created.getTime() + 24 * HOUR - 60_000));
    await deliver(new Date(created.getTime() + 24 * HOUR - 60_000));
    expect(await mailTo(mentor.email)).toHaveLength(1); // the request itself

    // The reminder counts from the row's creation, a few milliseconds after respondBy was set.
    const reminderAt = new Date(created.getTime() + 24 * HOUR + 1000);
    expect((await tick(reminderAt)).reminded).toBe(1);
    await deliver(reminderAt);
    expect(await mailTo(mentor.email)).toHaveLength(2);

    await tick(new Date(respondBy.getTime() - 60_000));
    expect((await api.get(mentee, '/requests')).body.data[0].status).toBe('pending');
    await tick(respondBy);
    await tick(respondBy);
    expect((await api.get(mentee, '/requests')).body.data[0].status).toBe('expired');
    await deliver(respondBy);
    const toMentee = await mailTo(mentee.email);
    const expiry = toMentee.find((mail) => /expired|no answer|did not answer/i.test(`${mail.subject} ${mail.text}`));
    expect(expiry?.text).toContain('/portal/mentors');
    expect(await mailTo(mentor.email)).toHaveLength(2);
  });

  it('takes a pair from request to approval, goals, contacts, health on track, program end and feedback', async () => {
    const staff = await adminToken(app, ['plugin::mentoring.approvals.manage']);
    await settingsService(app).update({ approvalRequired: true });
    try {
      await approvedPairLifecycle(staff);
    } finally {
      await settingsService(app).update({ approvalRequired: false });
    }
  });

  async function approvedPairLifecycle(staff: string) {
    const mentor = await signUpConfirmed(app, 'mentor', 'Kim Mentor', { login: false });
    const mentee = await signUpConfirmed(app, 'mentee', 'Lee Mentee', { login: false });

    const asked = await api.post(mentee, '/requests', { mentor: await api.profileId(mentor), message: 'Could we talk about moving into data science?' });
    const accepted = await api.post(mentor, `/requests/${asked.body.documentId}/accept`);
    expect(accepted.body.connection.status).toBe('awaiting_approval');
    const id = accepted.body.connection.documentId;
    const approved = await app.http().post(`/mentoring/approvals/${id}/approve`).set('Authorization', `Bearer ${staff}`).send({ note: 'Good fit' });
    expect(approved.status).toBe(200);

    const goal = (title: string) => api.post(mentee, `/connections/${id}/goals`, { title, category: 'career_management' });
    for (const title of ['Build a portfolio', 'Practise interviews']) {
      const proposed = await goal(title);
      expect(proposed.status).toBe(201);
      const agreed = await app.http().patch(`/api/mentoring/goals/${proposed.body.documentId}`).set('Authorization', `Bearer ${mentor.jwt}`).send({ agree: true });
      expect(agreed.body.status).toBe('agreed');
    }
    for (const mode of ['video', 'phone']) {
      const logged = await api.post(mentor, `/connections/${id}/interactions`, { occurredAt: new Date().toISOString(), mode, minutes: 45, notes: 'private' });
      expect(logged.status).toBe(201);
    }
    const sent = await api.post(mentee, `/connections/${id}/messages`, { body: 'Thank you for today!' });
    expect(sent.status).toBe(201);

    const detail = await api.get(mentee, `/connections/${id}`);
    expect(detail.body.status).toBe('active');
    expect(detail.body.health).toMatchObject({ contactsThisMonth: 2, firstMonthMeetingDone: true, goalsAgreed: 2, onTrack: true });

    const endsAt = new Date(detail.body.endsAt);
    const afterTheEnd = new Date(endsAt.getTime() + 24 * HOUR).toISOString();
    const meeting = await api.post(mentee, `/connections/${id}/interactions`, { occurredAt: afterTheEnd, mode: 'in_person', minutes: 60 });
    expect(meeting.status).toBe(201);

    const summary = await tick(endsAt);
    expect(summary.completed).toBe(1);
    expect((await tick(endsAt)).completed).toBe(0);
    expect((await api.get(mentor, `/connections/${id}`)).body.status).toBe('completed');
    // The meeting planned after the end is called off, with a cancelled invite to both.
    const planned = (await api.get(mentor, `/connections/${id}/interactions`)).body.data.find((item: { documentId: string }) => item.documentId === meeting.body.documentId);
    expect(planned.cancelledAt).not.toBeNull();
    const cancelled = await app.strapi.db.query('plugin::mentoring.notification').findMany({ where: { kind: 'meeting_cancelled', dedupeKey: { $contains: meeting.body.documentId } } });
    expect(cancelled.map((row: { recipientRole: string }) => row.recipientRole).sort()).toEqual(['mentee', 'mentor']);
    await deliver(endsAt);
    const ending = (await mailTo(mentee.email)).find((mail) => /outside the program/i.test(mail.text ?? ''));
    expect(ending).toBeDefined();

    const feedback = await api.post(mentee, `/connections/${id}/feedback`, { rating: 5, comments: 'Wonderful' });
    expect(feedback.status).toBe(201);
    expect(feedback.body.moment).toBe('end');
  }

  it('gives a participant all its data, then deletes the account after the password confirms it', async () => {
    const mentor = await signUpConfirmed(app, 'mentor', 'Nia Mentor', { login: false });
    const mentee: Participant = await signUpConfirmed(app, 'mentee', 'Omar Leaving');
    const asked = await api.post(mentee, '/requests', { mentor: await api.profileId(mentor), message: 'Hello, could you mentor me?' });
    const id = (await api.post(mentor, `/requests/${asked.body.documentId}/accept`)).body.connection.documentId;
    await api.post(mentee, `/connections/${id}/messages`, { body: 'My secret plans' });
    await api.post(mentor, `/connections/${id}/messages`, { body: 'Mentor reply' });

    const exported = await api.get(mentee, '/me/export');
    expect(exported.status).toBe(200);
    expect(exported.headers['content-disposition']).toContain('attachment');
    expect(exported.body.account.email).toBe(mentee.email);
    expect(exported.body.profile.fullName).toBe('Omar Leaving');
    expect(exported.body.requests[0]).toMatchObject({ status: 'accepted', message: 'Hello, could you mentor me?' });
    expect(exported.body.connections[0].messages.map((message: { body: string }) => message.body)).toEqual(['My secret plans', 'Mentor reply']);
    expect((await api.get(null, '/me/export')).status).toBe(401);

    const remove = (body: object) => app.http().delete('/api/mentoring/me').set('Authorization', `Bearer ${mentee.jwt}`).send(body);
    const noPassword = await remove({});
    expect(noPassword.status).toBe(400);
    expect(noPassword.body.error.details.errors[0].path).toEqual(['password']);
    expect((await remove({ password: 'not-it' })).status).toBe(400);
    expect((await api.get(mentee, '/me')).status).toBe(200);

    const removed = await remove({ password: mentee.password });
    expect(removed.status).toBe(200);
    expect((await api.get(mentee, '/me')).status).toBe(401);
    const login = await app.http().post('/api/auth/local').send({ identifier: mentee.email, password: mentee.password });
    expect(login.status).toBe(400);

    const connection = await api.get(mentor, `/connections/${id}`);
    expect(connection.body).toMatchObject({ status: 'ended_early', endReason: 'account deleted' });
    const thread = await api.get(mentor, `/connections/${id}/messages`);
    expect(thread.body.data.map((message: { body: string }) => message.body)).toEqual(['Mentor reply']);
    await deliver(new Date());
    expect((await mailTo(mentor.email)).some((mail) => /ended/i.test(`${mail.subject}`))).toBe(true);
  });
});
