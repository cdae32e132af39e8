import { startApp, type TestApp } from '../harness/strapi';
import { adminToken } from '../harness/admin';

const READ = 'plugin::mentoring.settings.read';
const UPDATE = 'plugin::mentoring.settings.update';

describe('program settings (staff API)', () => {
  let app: TestApp;
  let reader: string;
  let editor: string;
  let outsider: string;

  beforeAll(async () => {
    app = await startApp();
    reader = await adminToken(app, [READ]);
    editor = await adminToken(app, [READ, UPDATE]);
    outsider = await adminToken(app, ['plugin::mentoring.monitoring.read']);
  });
  afterAll(() => app?.stop());

  const get = (token?: string) => {
    const call = app.http().get('/mentoring/settings');
    return token ? call.set('Authorization', `Bearer ${token}`) : call;
  };
  const put = (token: string, body: unknown) =>
    app.http().put('/mentoring/settings').set('Authorization', `Bearer ${token}`).send(body as object);

  it('starts from the FAQ’s rules', async () => {
    const response = await get(reader);

    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({
      requestResponseHours: 48,
      requestReminderHours: 24,
      outreachWindowDays: 7,
      outreachReminderDays: 5,
      contactsPerMonth: 2,
      firstMeetingWithinDays: 30,
      goalsToAgree: 2,
      programLengthMonths: 6,
      leaveNoticeDays: 30,
      maxPendingRequestsPerMentee: 3,
      maxActiveMentorsPerMentee: 2,
      approvalRequired: false,
      mentorReviewRequired: false,
      menteeEmailDomains: [],
      matchingWeights: {
        goals_expertise: 'high',
        industry: 'high',
        function: 'high',
        text: 'medium',
        program: 'low',
        location: 'low',
        timezone: 'low',
        language: 'medium',
        meeting: 'medium',
      },
    });
  });

  it('changes matching weights factor by factor', async () => {
    const response = await put(editor, { matchingWeights: { location: 'must', text: 'off' } });

    expect(response.status).toBe(200);
    expect(response.body.data.matchingWeights).toMatchObject({ location: 'must', text: 'off', industry: 'high' });
    await put(editor, { matchingWeights: { location: 'low', text: 'medium' } });
  });

  it('requires an admin login', async () => {
    expect((await get()).status).toBe(401);
    expect((await app.http().put('/mentoring/settings').send({ goalsToAgree: 3 })).status).toBe(401);
  });

  it('refuses an admin without the permission, on the server', async () => {
    expect((await get(outsider)).status).toBe(403);
    expect((await put(reader, { goalsToAgree: 3 })).status).toBe(403);
    expect((await get(reader)).body.data.goalsToAgree).toBe(2);
  });

  it('saves a change from an admin allowed to update, and keeps it', async () => {
    const response = await put(editor, { contactsPerMonth: 3, approvalRequired: true });

    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ contactsPerMonth: 3, approvalRequired: true, goalsToAgree: 2 });
    expect((await get(reader)).body.data).toMatchObject({ contactsPerMonth: 3, approvalRequired: true });
  });

  it.each([
    [{ requestResponseHours: 0 }, 'requestResponseHours', 'at least 1'],
    [{ goalsToAgree: 2.5 }, 'goalsToAgree', 'whole number'],
    [{ contactsPerMonth: 'two' }, 'contactsPerMonth', 'whole number'],
    [{ approvalRequired: 'yes' }, 'approvalRequired', 'true or false'],
    [{ requestReminderHours: 72 }, 'requestReminderHours', 'less than the response window'],
    [{ outreachReminderDays: 7 }, 'outreachReminderDays', 'less than the outreach window'],
    [{ surpriseSetting: 1 }, 'surpriseSetting', 'unknown setting'],
    [{ menteeEmailDomains: ['students.example.edu', 'not a domain'] }, 'menteeEmailDomains.1', 'domains such as school.edu'],
    [{ mentorReviewRequired: 1 }, 'mentorReviewRequired', 'true or false'],
    [{ matchingWeights: { industry: 'sometimes' } }, 'matchingWeights.industry', 'must be one of must, high, medium, low, off'],
    [{ matchingWeights: { astrology: 'high' } }, 'matchingWeights.astrology', 'unknown'],
  ])('rejects %j with a 400 naming the field', async (body, field, rule) => {
    const response = await put(editor, body);

    expect(response.status).toBe(400);
    expect(response.body.data).toBeNull();
    const errors = response.body.error.details.errors.map((error: { path: string[]; message: string }) => `${error.path.join('.')}: ${error.message}`);
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${field}: .*${rule}`))]));
  });

  it('writes nothing when any field of a change is bad', async () => {
    const before = (await get(reader)).body.data;

    const response = await put(editor, { goalsToAgree: 4, leaveNoticeDays: -1 });

    expect(response.status).toBe(400);
    expect((await get(reader)).body.data).toEqual(before);
  });

  it.each([[[]], ['a string'], [null]])('rejects a body that is not an object (%j)', async (body) => {
    const response = await app
      .http()
      .put('/mentoring/settings')
      .set('Authorization', `Bearer ${editor}`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(body));

    expect(response.status).toBe(400);
  });
});
