import { startApp, type TestApp } from '../harness/strapi';
import { smtpEnv, startSmtp, type TestSmtp } from '../harness/smtp';
import { signUpConfirmed } from '../harness/participants';

/** With the plugin's jobs on: the every-minute sender is scheduled, and a commit sends at once. */
describe('outbox jobs', () => {
  let app: TestApp;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await startSmtp();
    app = await startApp({ ...smtpEnv(smtp), MENTORING_JOBS: 'true' });
  });
  afterAll(async () => {
    await app?.stop();
    await smtp?.stop();
  });

  const waitFor = async (check: () => boolean, ms = 10_000) => {
    const until = Date.now() + ms;
    while (!check()) {
      if (Date.now() > until) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it('schedules the sender every minute', () => {
    const job = app.strapi.cron.jobs.find((spec: { name: string | null }) => spec.name === 'mentoringOutbox');
    expect(job?.options).toEqual({ rule: '* * * * *' });
  });

  it('sends transactional mail right after the transaction that wrote it commits, not before', async () => {
    const mentor = await signUpConfirmed(app, 'mentor', 'Kim Kick');
    const profile = await app.strapi.db.query('plugin::mentoring.mentor-profile').findOne({ where: { user: { id: mentor.userId } } });
    const store = app.strapi.plugin('mentoring').service('workflowStore');
    const now = new Date();
    const before = smtp.received.length;

    await store.inTransaction(async () => {
      await store.enqueue(
        [{ kind: 'request_withdrawn', recipient: { role: 'mentor', id: profile.documentId }, dedupeKey: 'request:k1:withdrawn@mentor', payload: { requestId: 'k1', menteeId: 'gone', because: 'mentee_withdrew' } }],
        now,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(smtp.received).toHaveLength(before);
    });

    await waitFor(() => smtp.received.length > before);
    const arrived = smtp.received.slice(before);
    expect(arrived.map((entry) => entry.envelopeTo[0])).toEqual([mentor.email]);
    expect(arrived[0].mail.subject).toBe('A mentee withdrew their request');
  });
});
