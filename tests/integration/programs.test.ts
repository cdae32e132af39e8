import { startApp, type TestApp } from '../harness/strapi';
import { adminToken } from '../harness/admin';

const PROGRAMS = '/content-manager/collection-types/plugin::mentoring.program';

/** Staff create cohorts in the Content Manager; the plugin checks every write (programs.prepareWrite). */
describe('programs (cohorts) created by staff in the Content Manager', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startApp();
    token = await adminToken(app);
  });
  afterAll(() => app?.stop());

  const create = (data: object) => app.http().post(PROGRAMS).set('Authorization', `Bearer ${token}`).send(data);
  const update = (documentId: string, data: object) => app.http().put(`${PROGRAMS}/${documentId}`).set('Authorization', `Bearer ${token}`).send(data);
  const count = () => app.strapi.db.query('plugin::mentoring.program').count();

  it('ends a program six months after its start when no end is given', async () => {
    const response = await create({ name: 'Fall 2026', startDate: '2026-09-01' });

    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({ name: 'Fall 2026', startDate: '2026-09-01', endDate: '2027-03-01' });
  });

  it('keeps an end that is given, and counts the months from the start day', async () => {
    const given = await create({ name: 'Short cohort', startDate: '2026-09-01', endDate: '2026-12-15' });
    const monthEnd = await create({ name: 'August cohort', startDate: '2026-08-31' });

    expect(given.body.data).toMatchObject({ endDate: '2026-12-15' });
    // August 31 plus six months: the last day of February.
    expect(monthEnd.body.data).toMatchObject({ endDate: '2027-02-28' });
  });

  it('takes the program length from the cohort’s own rules', async () => {
    const response = await create({ name: 'Long cohort', startDate: '2026-09-01', rules: { programLengthMonths: 9 } });

    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({ endDate: '2027-06-01', rules: { programLengthMonths: 9 } });
  });

  it.each([
    ['a value above its limit', { goalsToAgree: 99 }, 'rules.goalsToAgree', 'at most 10'],
    ['a value of the wrong type', { contactsPerMonth: 'two' }, 'rules.contactsPerMonth', 'whole number'],
    ['a rule that does not exist', { snacksPerMeeting: 2 }, 'rules.snacksPerMeeting', 'unknown rule'],
    ['a reminder after the deadline it reminds of', { requestResponseHours: 24, requestReminderHours: 30 }, 'rules.requestReminderHours', 'less than the response window (24 hours)'],
  ])('refuses %s in the rules with a 400 naming the rule, and creates nothing', async (_, rules, field, message) => {
    const before = await count();

    const response = await create({ name: 'Bad rules', startDate: '2026-09-01', rules });

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual(
      expect.arrayContaining([{ path: field.split('.'), message: expect.stringContaining(message) }]),
    );
    expect(await count()).toBe(before);
  });

  it('refuses an end before the start, on create and on update, and keeps the stored program', async () => {
    const created = (await create({ name: 'Spring 2027', startDate: '2027-02-01' })).body.data;

    const badCreate = await create({ name: 'Backwards', startDate: '2027-02-01', endDate: '2027-01-01' });
    const badUpdate = await update(created.documentId, { endDate: '2027-01-01', startDate: '2027-02-01' });
    const badRules = await update(created.documentId, { rules: { goalsToAgree: -1 } });

    expect(badCreate.status).toBe(400);
    expect(badCreate.body.error.details.errors).toEqual([{ path: ['endDate'], message: 'must be after startDate' }]);
    expect(badUpdate.status).toBe(400);
    expect(badRules.status).toBe(400);
    expect(badRules.body.error.details.errors).toEqual([{ path: ['rules', 'goalsToAgree'], message: expect.stringContaining('at least 0') }]);
    const stored = await app.strapi.db.query('plugin::mentoring.program').findOne({ where: { documentId: created.documentId } });
    expect(stored).toMatchObject({ startDate: '2027-02-01', endDate: '2027-08-01', rules: null });
  });
});
