import { startApp, type TestApp } from '../harness/strapi';
import { loadDemoParticipants, DEMO_PASSWORD } from '../../src/bootstrap/demo-participants';

describe('demo participants', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('loads confirmed, listed mentors and mentees once, in a demo cohort, who can log in', async () => {
    const first = await loadDemoParticipants(app.strapi, 10, new Date('2026-11-28T12:00:00Z'));
    const again = await loadDemoParticipants(app.strapi, 10, new Date('2026-11-28T12:00:00Z'));

    expect(first?.created).toEqual({ mentors: 6, mentees: 4 });
    expect(again).toBeNull();

    const login = await app.http().post('/api/auth/local').send({ identifier: first?.logins.mentee, password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    const me = await app.http().get('/api/mentoring/me').set('Authorization', `Bearer ${login.body.jwt}`);
    expect(me.body).toMatchObject({ role: 'mentee', program: { name: 'Fall 2026 cohort', startDate: '2026-09-01' } });
    expect(me.body.profile.completeness).toBeGreaterThan(50);

    const mentors = await app.http().get('/api/mentoring/mentors').set('Authorization', `Bearer ${login.body.jwt}`);
    expect(mentors.body.meta.pagination.total).toBe(6);
  });

  it('adds nothing when seeded again with the same seed', async () => {
    const result = await app.strapi
      .plugin('mentoring')
      .service('demoParticipants')
      .seed({ mentors: 6, mentees: 4, seed: 2026, now: new Date('2026-11-28T12:00:00Z'), password: DEMO_PASSWORD });

    expect(result.created).toEqual({ mentors: 0, mentees: 0 });
  });
});
