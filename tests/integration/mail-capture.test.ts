import fs from 'fs';
import os from 'os';
import path from 'path';
import { simpleParser } from 'mailparser';
import { startApp, type TestApp } from '../harness/strapi';

describe('mail without SMTP: local capture', () => {
  let app: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentoring-mail-'));
    app = await startApp({ MAIL_CAPTURE_DIR: dir, MAIL_FROM: 'Demo Mentoring <mentoring@example.edu>' });
  });
  afterAll(async () => {
    await app?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes each message as a readable .eml file a mail client can open', async () => {
    await app.strapi.plugin('email').service('email').send({
      to: 'student@example.edu',
      subject: 'Your mentor answered',
      text: 'Dana accepted your request.',
      html: '<p>Dana accepted your request.</p>',
    });

    const files = fs.readdirSync(dir).filter((file) => file.endsWith('.eml'));
    expect(files).toHaveLength(1);
    const mail = await simpleParser(fs.readFileSync(path.join(dir, files[0])));
    expect(mail.subject).toBe('Your mentor answered');
    expect(mail.from?.text).toBe('"Demo Mentoring" <mentoring@example.edu>');
    expect((mail.to as { text: string }).text).toBe('student@example.edu');
    expect(mail.text?.trim()).toBe('Dana accepted your request.');
    expect(mail.html).toContain('<p>Dana accepted your request.</p>');
  });

  it('keeps every message, one file each', async () => {
    const send = (n: number) =>
      app.strapi.plugin('email').service('email').send({ to: `m${n}@example.edu`, subject: `Reminder ${n}`, text: 'Hello' });

    await Promise.all([send(1), send(2), send(3)]);

    const subjects = await Promise.all(
      fs
        .readdirSync(dir)
        .filter((file) => file.endsWith('.eml'))
        .map(async (file) => (await simpleParser(fs.readFileSync(path.join(dir, file)))).subject),
    );
    expect(subjects).toEqual(expect.arrayContaining(['Reminder 1', 'Reminder 2', 'Reminder 3']));
  });
});
