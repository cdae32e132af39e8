import { startApp, type TestApp } from '../harness/strapi';
import { signUpConfirmed, type Participant } from '../harness/participants';
import { loadDemoParticipants, DEMO_PASSWORD } from '../../src/bootstrap/demo-participants';

describe('compatibility: suggestions, cards, sorting', () => {
  let app: TestApp;
  let mentee: { jwt: string };
  let mentor: Participant;

  const get = (jwt: string, url: string, query: Record<string, unknown> = {}) =>
    app.http().get(url).query(query).set('Authorization', `Bearer ${jwt}`);

  beforeAll(async () => {
    app = await startApp();
    const demo = await loadDemoParticipants(app.strapi, 60, new Date('2026-11-28T12:00:00Z'));
    const login = await app.http().post('/api/auth/local').send({ identifier: demo?.logins.mentee, password: DEMO_PASSWORD });
    mentee = { jwt: login.body.jwt };
    mentor = await signUpConfirmed(app, 'mentor', 'Quinn Mentor');
  });
  afterAll(() => app?.stop());

  it('gives a mentee a targeted list, best first, each with its percentage and reasons', async () => {
    const response = await get(mentee.jwt, '/api/mentoring/suggestions', { limit: 5 });

    expect(response.status).toBe(200);
    expect(response.body.data).toHaveLength(5);
    const scores = response.body.data.map((entry: { compatibility: number }) => entry.compatibility);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const entry of response.body.data) {
      expect(entry.compatibility).toBeGreaterThanOrEqual(0);
      expect(entry.compatibility).toBeLessThanOrEqual(100);
      expect(entry.mentor).toMatchObject({ documentId: expect.any(String), fullName: expect.any(String), acceptingRequests: true });
      expect(entry.reasons.length).toBeGreaterThan(0);
      expect(entry.reasons[0]).toEqual({ factor: expect.any(String), detail: expect.any(String) });
    }
    expect(Array.isArray(response.body.meta.improvements)).toBe(true);
  });

  it('shows the percentage on every mentor card and profile a mentee sees, and none to mentors', async () => {
    const asMentee = await get(mentee.jwt, '/api/mentoring/mentors', { pageSize: 10 });
    const asMentor = await get(mentor.jwt, '/api/mentoring/mentors', { pageSize: 10 });
    const detail = await get(mentee.jwt, `/api/mentoring/mentors/${asMentee.body.data[0].documentId}`);

    expect(asMentee.body.data.every((card: { compatibility?: number }) => Number.isInteger(card.compatibility))).toBe(true);
    expect(asMentor.body.data.some((card: { compatibility?: number }) => card.compatibility !== undefined)).toBe(false);
    expect(detail.body).toMatchObject({ compatibility: asMentee.body.data[0].compatibility, reasons: expect.any(Array), confident: expect.any(Boolean) });
  });

  it('sorts mentors by compatibility for a mentee, over every match, not just a page', async () => {
    const byName = await get(mentee.jwt, '/api/mentoring/mentors', { pageSize: 100 });
    const best = await get(mentee.jwt, '/api/mentoring/mentors', { sort: 'compatibility', pageSize: 10 });
    const next = await get(mentee.jwt, '/api/mentoring/mentors', { sort: 'compatibility', pageSize: 10, page: 2 });

    const scores = [...best.body.data, ...next.body.data].map((card: { compatibility: number }) => card.compatibility);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(best.body.meta.pagination.total).toBe(byName.body.meta.pagination.total);
    expect(best.body.data[0].compatibility).toBe(Math.max(...byName.body.data.map((card: { compatibility: number }) => card.compatibility)));
    expect((await get(mentor.jwt, '/api/mentoring/mentors', { sort: 'compatibility' })).status).toBe(400);
  });

  it('keeps suggestions for mentees and bounds the list', async () => {
    expect((await get(mentor.jwt, '/api/mentoring/suggestions')).status).toBe(403);
    expect((await get(mentee.jwt, '/api/mentoring/suggestions', { limit: 51 })).status).toBe(400);
  });

  it('follows profile changes: a mentor who adds what the mentee wants scores higher, within a second', async () => {
    const me = (await get(mentee.jwt, '/api/mentoring/me')).body.profile;
    const card = () => get(mentee.jwt, `/api/mentoring/mentors/${mentorProfileId}`);
    const mentorProfileId = (await get(mentor.jwt, '/api/mentoring/me')).body.profile.documentId;
    const before = (await card()).body.compatibility;

    await app
      .http()
      .put('/api/mentoring/me/profile')
      .set('Authorization', `Bearer ${mentor.jwt}`)
      .send({
        industries: me.targetIndustries,
        functions: me.targetFunctions,
        expertise: me.interests,
        location: me.location,
        languages: me.languages,
        headline: me.careerGoals?.slice(0, 150),
      });
    await new Promise((resolve) => setTimeout(resolve, 1100));

    expect((await card()).body.compatibility).toBeGreaterThan(before);
  });

  it('lets staff make a factor a must: mentors who fail it drop out, scored 0', async () => {
    const ids = (response: { body: { data: { mentor: { documentId: string } }[] } }) => response.body.data.map((entry) => entry.mentor.documentId);
    const detail = (id: string) => get(mentee.jwt, `/api/mentoring/mentors/${id}`);
    const without = ids(await get(mentee.jwt, '/api/mentoring/suggestions', { limit: 50 }));
    await app.strapi.plugin('mentoring').service('settings').update({ matchingWeights: { industry: 'must' } });
    try {
      const withMust = ids(await get(mentee.jwt, '/api/mentoring/suggestions', { limit: 50 }));
      const dropped = without.filter((id) => !withMust.includes(id));

      expect(withMust.length).toBeGreaterThan(0);
      expect(dropped.length).toBeGreaterThan(0);
      for (const id of withMust) expect((await detail(id)).body.compatibility).toBeGreaterThan(0);
      for (const id of dropped) expect((await detail(id)).body.compatibility).toBe(0);
      const settings = await app.strapi.plugin('mentoring').service('settings').get();
      expect(settings.matchingWeights).toMatchObject({ industry: 'must', function: 'high' });
    } finally {
      await app.strapi.plugin('mentoring').service('settings').update({ matchingWeights: { industry: 'high' } });
    }
  });
});
