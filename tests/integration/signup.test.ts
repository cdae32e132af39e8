import fs from 'fs';
import os from 'os';
import path from 'path';
import { startApp, type TestApp } from '../harness/strapi';
import { lastMailTo } from '../harness/participants';

describe('sign-up, confirmation and login', () => {
  let app: TestApp;
  let mailDir: string;

  beforeAll(async () => {
    mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentoring-signup-'));
    app = await startApp({ MAIL_CAPTURE_DIR: mailDir, SITE_URL: 'http://site.test', MAIL_FROM: 'Demo Mentoring <mentoring@example.edu>' });
  });
  afterAll(async () => {
    await app?.stop();
    fs.rmSync(mailDir, { recursive: true, force: true });
  });

  const signup = (body: Record<string, unknown>) => app.http().post('/api/mentoring/signup').send(body);
  const valid = (overrides: Record<string, unknown> = {}) => ({
    email: `someone${Math.random().toString(36).slice(2, 8)}@example.edu`,
    password: 'Mentor-Pass-2026',
    fullName: 'Avery Quinn',
    role: 'mentee',
    ...overrides,
  });

  it.each(['mentee', 'mentor'])('signs up a %s with an empty profile, waiting for email confirmation', async (role) => {
    const body = valid({ role, email: `New.${role}@Example.edu` });

    const response = await signup(body);

    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      user: { id: expect.any(Number), email: `new.${role}@example.edu`, role },
      confirmationRequired: true,
    });
    const uid = role === 'mentor' ? 'plugin::mentoring.mentor-profile' : 'plugin::mentoring.mentee-profile';
    const profile = await app.strapi.db.query(uid).findOne({ where: { user: { id: response.body.user.id } } });
    expect(profile).toMatchObject({ fullName: 'Avery Quinn' });
  });

  it("sends a confirmation email from the program whose link leads to the site's /confirm, which confirms with its code", async () => {
    const body = valid({ email: 'confirm.me@example.edu' });
    await signup(body);

    const beforeConfirming = await app.http().post('/api/auth/local').send({ identifier: body.email, password: body.password });
    const mail = await lastMailTo(mailDir, 'confirm.me@example.edu');
    const link = new URL(String(mail.html).match(/https?:\/\/[^\s"<>]+confirmation=\w+/)?.[0] as string);
    // What the site's /confirm does with the code it receives.
    const confirm = await app.http().get('/api/auth/email-confirmation').query({ confirmation: link.searchParams.get('confirmation') });
    const again = await app.http().get('/api/auth/email-confirmation').query({ confirmation: link.searchParams.get('confirmation') });
    const afterConfirming = await app.http().post('/api/auth/local').send({ identifier: body.email, password: body.password });

    expect(mail.from?.value[0].address).toBe('mentoring@example.edu');
    expect(mail.subject).toMatch(/confirm/i);
    expect(link.origin + link.pathname).toBe('http://site.test/confirm');
    expect(beforeConfirming.status).toBe(400);
    expect(confirm.status).toBe(302);
    expect(confirm.headers.location).toBe('http://site.test/confirm');
    expect(again.status).toBe(400);
    expect(afterConfirming.status).toBe(200);
    expect(afterConfirming.body).toMatchObject({ jwt: expect.any(String), user: { email: 'confirm.me@example.edu' } });
  });

  it('refuses a second account for the same email, whatever its case, and writes nothing', async () => {
    await signup(valid({ email: 'twice@example.edu' }));
    const usersBefore = await app.strapi.db.query('plugin::users-permissions.user').count();

    const response = await signup(valid({ email: 'TWICE@example.edu', role: 'mentor' }));

    expect(response.status).toBe(409);
    expect(response.body.error.details.errors).toEqual([{ path: ['email'], message: expect.stringContaining('already registered') }]);
    expect(await app.strapi.db.query('plugin::users-permissions.user').count()).toBe(usersBefore);
  });

  it('creates one account when sign-ups with the same email race', async () => {
    const body = valid({ email: 'racing@example.edu' });

    const responses = await Promise.all([1, 2, 3, 4].map(() => signup(body)));

    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409, 409]);
    expect(await app.strapi.db.query('plugin::users-permissions.user').count({ where: { email: 'racing@example.edu' } })).toBe(1);
    expect(await app.strapi.db.query('plugin::mentoring.mentee-profile').count({ where: { user: { email: 'racing@example.edu' } } })).toBe(1);
  });

  it.each([
    [{ email: 'not-an-email' }, 'email'],
    [{ password: 'short1' }, 'password'],
    [{ password: 'no digits here' }, 'password'],
    [{ fullName: '   ' }, 'fullName'],
    [{ role: 'staff' }, 'role'],
    [{ extra: 'field' }, 'extra'],
  ])('rejects %j naming the field', async (override, field) => {
    const response = await signup(valid(override));

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path[0])).toContain(field);
  });

  it('keeps student sign-up to the school’s domains when staff set them', async () => {
    await app.strapi.plugin('mentoring').service('settings').update({ menteeEmailDomains: ['students.example.edu'] });
    try {
      const outsider = await signup(valid({ email: 'outsider@gmail.example' }));
      const student = await signup(valid({ email: 'student@mit.students.example.edu' }));
      const alumnus = await signup(valid({ email: 'alum@gmail.example', role: 'mentor' }));

      expect(outsider.status).toBe(400);
      expect(outsider.body.error.details.errors[0]).toEqual({ path: ['email'], message: 'must be a student address at students.example.edu' });
      expect(student.status).toBe(201);
      expect(alumnus.status).toBe(201);
    } finally {
      await app.strapi.plugin('mentoring').service('settings').update({ menteeEmailDomains: [] });
    }
  });

  it('closes the standard register route: roles and profiles are only made by our sign-up', async () => {
    const response = await app
      .http()
      .post('/api/auth/local/register')
      .send({ username: 'sneaky', email: 'sneaky@example.edu', password: 'Mentor-Pass-2026' });

    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: 'sneaky@example.edu' } })).toBeNull();
  });

  it('signs in at once with a token when staff turned email confirmation off', async () => {
    const store = app.strapi.store({ type: 'plugin', name: 'users-permissions' });
    const advanced = (await store.get({ key: 'advanced' })) as Record<string, unknown>;
    await store.set({ key: 'advanced', value: { ...advanced, email_confirmation: false } });
    try {
      const response = await signup(valid({ role: 'mentor' }));

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ jwt: expect.any(String), confirmationRequired: false });
      const me = await app.http().get('/api/mentoring/me').set('Authorization', `Bearer ${response.body.jwt}`);
      expect(me.status).toBe(200);
      expect(me.body.role).toBe('mentor');
    } finally {
      await store.set({ key: 'advanced', value: advanced });
    }
  });

  it('sends password-reset emails from the program with a link to the site', async () => {
    const body = valid({ email: 'forgetful@example.edu' });
    await signup(body);

    const response = await app.http().post('/api/auth/forgot-password').send({ email: body.email });
    const mail = await lastMailTo(mailDir, 'forgetful@example.edu');

    expect(response.status).toBe(200);
    expect(mail.subject).toMatch(/reset/i);
    expect(mail.from?.value[0].address).toBe('mentoring@example.edu');
    expect(mail.text).toMatch(/http:\/\/site\.test\/reset-password\?code=\w+/);
  });

  it('moves the confirmation link with SITE_URL at start, but keeps a text staff rewrote', async () => {
    const setup = app.strapi.plugin('mentoring').service('accountsSetup');
    const store = app.strapi.store({ type: 'plugin', name: 'users-permissions' });
    const message = async () => ((await store.get({ key: 'email' })) as any).email_confirmation.options.message as string;
    try {
      await setup.ensure('http://moved.test');
      const moved = await message();
      const emails = (await store.get({ key: 'email' })) as any;
      emails.email_confirmation.options.message = 'Staff wording: <%= URL %>?confirmation=<%= CODE %>';
      await store.set({ key: 'email', value: emails });
      await setup.ensure('http://elsewhere.test');

      expect(moved).toContain('href="http://moved.test/confirm?confirmation=<%= CODE %>"');
      expect(await message()).toBe('Staff wording: <%= URL %>?confirmation=<%= CODE %>');
    } finally {
      await setup.ensure('http://site.test');
    }
  });
});
