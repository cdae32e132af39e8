import { startApp, type TestApp } from '../harness/strapi';
import { adminToken } from '../harness/admin';
import { signUpConfirmed } from '../harness/participants';
import { participantApi, settingsService } from '../harness/requests';

const READ = 'plugin::mentoring.settings.read';
const UPDATE = 'plugin::mentoring.settings.update';
const HOUR_MS = 3_600_000;

/** Per-program rule overrides: one cohort runs with its own rules, the others follow the settings. */
describe('program rule overrides (staff API)', () => {
  let app: TestApp;
  const api = participantApi(() => app);
  let editor: string;
  let reader: string;
  let outsider: string;
  let strict: { id: number; documentId: string };
  let relaxed: { id: number; documentId: string };

  beforeAll(async () => {
    app = await startApp();
    editor = await adminToken(app, [READ, UPDATE]);
    reader = await adminToken(app, [READ]);
    outsider = await adminToken(app, ['plugin::mentoring.monitoring.read']);
    const year = new Date().getUTCFullYear();
    const create = (name: string, startDate: string, endDate: string) =>
      app.strapi.documents('plugin::mentoring.program').create({ data: { name, startDate, endDate } as any }) as Promise<{ id: number; documentId: string }>;
    strict = await create('Strict cohort', `${year - 1}-09-01`, `${year + 1}-09-01`);
    // Both running (an ended cohort takes no new connection); the later start is the current one.
    relaxed = await create('Relaxed cohort', `${year - 2}-09-01`, `${year + 1}-06-01`);
  });
  afterAll(() => app?.stop());

  const admin = (token: string | null, method: 'get' | 'put', url: string, body?: unknown) => {
    const request = app.http()[method](`/mentoring${url}`);
    if (token) request.set('Authorization', `Bearer ${token}`);
    return body === undefined ? request : request.set('Content-Type', 'application/json').send(JSON.stringify(body));
  };
  const rulesOf = (program: { documentId: string }) => admin(editor, 'get', `/programs/${program.documentId}/rules`);
  const override = (program: { documentId: string }, body: unknown, token = editor) => admin(token, 'put', `/programs/${program.documentId}/rules`, body);

  /** A new mentee in `program` asks a new mentor, who accepts: the connection's status and the request's window. */
  async function requestAccepted(program: { id: number }, tag: string) {
    const mentor = await signUpConfirmed(app, 'mentor', `Mentor ${tag}`, { login: false });
    await api.put(mentor, '/me/profile', { capacity: null });
    const mentee = await signUpConfirmed(app, 'mentee', `Mentee ${tag}`, { login: false });
    await app.strapi.db.query('plugin::mentoring.mentee-profile').update({ where: { user: { id: mentee.userId } }, data: { program: program.id } });
    const asked = await api.post(mentee, '/requests', { mentor: await api.profileId(mentor), message: 'I would value your advice on my next steps.' });
    expect(asked.status).toBe(201);
    const accepted = await api.post(mentor, `/requests/${asked.body.documentId}/accept`);
    expect(accepted.status).toBe(200);
    return { status: accepted.body.connection.status as string, windowHours: Math.round((Date.parse(asked.body.respondBy) - Date.parse(asked.body.createdAt)) / HOUR_MS) };
  }

  it('lists the programs and starts every rule on the program-wide setting', async () => {
    const list = await admin(reader, 'get', '/programs');
    const rules = await rulesOf(strict);

    expect(list.status).toBe(200);
    expect(list.body.data).toEqual([
      expect.objectContaining({ documentId: strict.documentId, name: 'Strict cohort', current: true, overrides: 0 }),
      expect.objectContaining({ documentId: relaxed.documentId, name: 'Relaxed cohort', current: false, overrides: 0 }),
    ]);
    expect(rules.status).toBe(200);
    expect(rules.body.data.program).toMatchObject({ documentId: strict.documentId, name: 'Strict cohort' });
    expect(Object.values(rules.body.data.overrides).every((value) => value === null)).toBe(true);
    expect(rules.body.data.defaults).toMatchObject({ approvalRequired: false, requestResponseHours: 48, maxActiveMentorsPerMentee: 2 });
    expect(rules.body.data.defaults).not.toHaveProperty('menteeEmailDomains');
  });

  it('makes approval required in one program only; clearing the override brings back the setting', async () => {
    const set = await override(strict, { approvalRequired: true, requestResponseHours: 24, requestReminderHours: 12 });

    expect(set.status).toBe(200);
    expect(set.body.data.overrides).toMatchObject({ approvalRequired: true, requestResponseHours: 24, requestReminderHours: 12, goalsToAgree: null });
    expect((await admin(reader, 'get', '/programs')).body.data[0]).toMatchObject({ documentId: strict.documentId, overrides: 3 });
    expect(await requestAccepted(strict, 'Strict')).toEqual({ status: 'awaiting_approval', windowHours: 24 });
    expect(await requestAccepted(relaxed, 'Relaxed')).toEqual({ status: 'active', windowHours: 48 });

    const cleared = await override(strict, { approvalRequired: null, requestResponseHours: null, requestReminderHours: null });

    expect(cleared.status).toBe(200);
    expect(Object.values(cleared.body.data.overrides).every((value) => value === null)).toBe(true);
    expect(await requestAccepted(strict, 'Strict again')).toEqual({ status: 'active', windowHours: 48 });
  });

  it('follows a later change of the setting where the program has no override', async () => {
    await override(relaxed, { approvalRequired: false });
    await settingsService(app).update({ approvalRequired: true });
    try {
      expect(await requestAccepted(strict, 'Setting')).toMatchObject({ status: 'awaiting_approval' });
      expect(await requestAccepted(relaxed, 'Override')).toMatchObject({ status: 'active' });
    } finally {
      await settingsService(app).update({ approvalRequired: false });
      await override(relaxed, { approvalRequired: null });
    }
  });

  it('keeps rules it does not manage, set in the Content Manager', async () => {
    await app.strapi.documents('plugin::mentoring.program').update({ documentId: relaxed.documentId, data: { rules: { matchingWeights: { location: 'must' } } } as any });

    await override(relaxed, { goalsToAgree: 3 });

    const row = await app.strapi.db.query('plugin::mentoring.program').findOne({ where: { id: relaxed.id } });
    expect(row.rules).toMatchObject({ goalsToAgree: 3, matchingWeights: { location: 'must' } });
    await override(relaxed, { goalsToAgree: null });
    expect((await app.strapi.db.query('plugin::mentoring.program').findOne({ where: { id: relaxed.id } })).rules).toEqual({ matchingWeights: expect.objectContaining({ location: 'must' }) });
  });

  it('requires an admin allowed to read (GET) and update (PUT) the settings, on the server', async () => {
    expect((await admin(null, 'get', `/programs/${strict.documentId}/rules`)).status).toBe(401);
    expect((await admin(outsider, 'get', '/programs')).status).toBe(403);
    expect((await admin(outsider, 'get', `/programs/${strict.documentId}/rules`)).status).toBe(403);
    expect((await override(strict, { goalsToAgree: 4 }, reader)).status).toBe(403);
    expect((await rulesOf(strict)).body.data.overrides.goalsToAgree).toBeNull();
  });

  it.each([
    [{ astrology: 3 }, 'astrology', 'unknown rule'],
    [{ menteeEmailDomains: ['school.edu'] }, 'menteeEmailDomains', 'cannot be set per program'],
    [{ programLengthMonths: 9 }, 'programLengthMonths', 'cannot be set per program'],
    [{ requestResponseHours: 0 }, 'requestResponseHours', 'at least 1'],
    [{ goalsToAgree: 2.5 }, 'goalsToAgree', 'whole number'],
    [{ approvalRequired: 'yes' }, 'approvalRequired', 'true or false'],
    [{ requestResponseHours: 12 }, 'requestReminderHours', 'less than the response window \\(12 hours\\)'],
    [[], '', 'must be an object'],
  ])('rejects %j with a 400 naming the field, and writes nothing', async (body, field, rule) => {
    const before = (await rulesOf(strict)).body.data.overrides;

    const response = await override(strict, body);

    expect(response.status).toBe(400);
    const errors = response.body.error.details.errors.map((error: { path: string[]; message: string }) => `${error.path.join('.')}: ${error.message}`);
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${field}: .*${rule}`))]));
    expect((await rulesOf(strict)).body.data.overrides).toEqual(before);
  });

  it('answers 404 for a program that does not exist', async () => {
    expect((await admin(editor, 'get', `/programs/${'a'.repeat(24)}/rules`)).status).toBe(404);
    expect((await override({ documentId: 'not-a-program' }, { goalsToAgree: 3 })).status).toBe(404);
  });
});
