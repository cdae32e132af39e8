import { startApp, type TestApp } from '../harness/strapi';
import { smtpEnv, startSmtp, type TestSmtp } from '../harness/smtp';

describe('mail over real SMTP', () => {
  let app: TestApp;
  let smtp: TestSmtp;

  beforeAll(async () => {
    smtp = await startSmtp();
    // The nodemailer provider reads its transport at boot, so SMTP is configured before start.
    app = await startApp({ ...smtpEnv(smtp), MAIL_FROM: 'Mentoring Program <mentoring@example.edu>' });
  });
  afterAll(async () => {
    await app?.stop();
    await smtp?.stop();
  });

  it('delivers through the configured server with the program sender', async () => {
    await app.strapi.plugin('email').service('email').send({
      to: 'alumna@example.org',
      subject: 'New mentoring request',
      text: 'A student would like you as a mentor.',
    });

    const { received } = smtp;
    expect(received).toHaveLength(1);
    expect(received[0].envelopeTo).toEqual(['alumna@example.org']);
    expect(received[0].mail.subject).toBe('New mentoring request');
    expect(received[0].mail.from?.value[0].address).toBe('mentoring@example.edu');
    expect(received[0].mail.text?.trim()).toBe('A student would like you as a mentor.');
  });
});
