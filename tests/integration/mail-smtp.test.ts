import type { AddressInfo } from 'net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { startApp, type TestApp } from '../harness/strapi';

describe('mail over real SMTP', () => {
  let app: TestApp;
  let server: SMTPServer;
  const received: { envelopeTo: string[]; mail: ParsedMail }[] = [];

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            received.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    // The nodemailer provider reads its transport at boot, so SMTP is configured before start.
    app = await startApp({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_SECURE: 'false',
      MAIL_FROM: 'Mentoring Program <mentoring@example.edu>',
    });
  });
  afterAll(async () => {
    await app?.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('delivers through the configured server with the program sender', async () => {
    await app.strapi.plugin('email').service('email').send({
      to: 'alumna@example.org',
      subject: 'New mentoring request',
      text: 'A student would like you as a mentor.',
    });

    expect(received).toHaveLength(1);
    expect(received[0].envelopeTo).toEqual(['alumna@example.org']);
    expect(received[0].mail.subject).toBe('New mentoring request');
    expect(received[0].mail.from?.value[0].address).toBe('mentoring@example.edu');
    expect(received[0].mail.text?.trim()).toBe('A student would like you as a mentor.');
  });
});
