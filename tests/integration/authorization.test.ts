import { startApp, type TestApp } from '../harness/strapi';
import { signUpConfirmed, type Participant } from '../harness/participants';

/**
 * Every participant route, with a body or query that would succeed for its caller. `body` gets the
 * caller's password, which only DELETE /me needs; `only` is the one role the route is for.
 */
const ROUTES: { method: 'get' | 'put' | 'post' | 'delete'; url: (ids: Ids) => string; body?: (password: string) => object; only?: 'mentor' | 'mentee' }[] = [
  { method: 'get', url: () => '/api/mentoring/me' },
  { method: 'put', url: () => '/api/mentoring/me/profile', body: () => ({ headline: 'Hijacked' }) },
  { method: 'post', url: () => '/api/mentoring/me/linkedin-import' },
  { method: 'post', url: () => '/api/mentoring/me/photo' },
  { method: 'delete', url: () => '/api/mentoring/me/photo' },
  { method: 'post', url: () => '/api/mentoring/me/leave', body: () => ({ leaveDate: '2099-01-01' }), only: 'mentor' },
  { method: 'get', url: () => '/api/mentoring/me/export' },
  { method: 'delete', url: () => '/api/mentoring/me', body: (password) => ({ password }) },
  { method: 'get', url: () => '/api/mentoring/suggestions', only: 'mentee' },
  { method: 'get', url: () => '/api/mentoring/mentors' },
  { method: 'get', url: (ids) => `/api/mentoring/mentors/${ids.mentorProfile}` },
  { method: 'get', url: () => '/api/mentoring/mentees' },
  { method: 'get', url: (ids) => `/api/mentoring/mentees/${ids.menteeProfile}` },
];

interface Ids {
  mentorProfile: string;
  menteeProfile: string;
}

describe('who may call which participant route', () => {
  let app: TestApp;
  let mentor: Participant;
  let mentee: Participant;
  let otherMentee: Participant;
  let otherMentor: Participant;
  let ids: Ids;

  beforeAll(async () => {
    app = await startApp();
    mentor = await signUpConfirmed(app, 'mentor', 'Owner Mentor');
    mentee = await signUpConfirmed(app, 'mentee', 'Owner Mentee');
    otherMentee = await signUpConfirmed(app, 'mentee', 'Other Mentee');
    otherMentor = await signUpConfirmed(app, 'mentor', 'Other Mentor');
    const me = (who: Participant) => app.http().get('/api/mentoring/me').set('Authorization', `Bearer ${who.jwt}`);
    ids = { mentorProfile: (await me(mentor)).body.profile.documentId, menteeProfile: (await me(mentee)).body.profile.documentId };
  });
  afterAll(() => app?.stop());

  const call = (route: (typeof ROUTES)[number], token?: string, password = mentor.password) => {
    const request = app.http()[route.method](route.url(ids));
    if (token) request.set('Authorization', `Bearer ${token}`);
    return route.body ? request.send(route.body(password)) : request;
  };
  const routeNames = ROUTES.map((route) => [route.method.toUpperCase(), route.url({ mentorProfile: ':id', menteeProfile: ':id' }), route] as const);

  it.each(routeNames)(
    '%s %s refuses an anonymous caller with 401',
    async (_method, _url, route) => {
      expect((await call(route)).status).toBe(401);
    },
  );

  it.each(routeNames)(
    '%s %s refuses a forged or expired token with 401',
    async (_method, _url, route) => {
      expect((await call(route, `${mentor.jwt.slice(0, -4)}abcd`)).status).toBe(401);
    },
  );

  it('keeps each role’s own routes from the other role', async () => {
    const refused = [];
    for (const route of ROUTES.filter((candidate) => candidate.only)) {
      const caller = route.only === 'mentor' ? mentee : mentor;
      refused.push(`${route.method} ${route.url(ids)} ${(await call(route, caller.jwt)).status}`);
    }
    expect(refused).toEqual(['post /api/mentoring/me/leave 403', 'get /api/mentoring/suggestions 403']);
  });

  it.each(routeNames)('%s %s, called by another mentee and another mentor, never shows nor changes the owners’ accounts', async (_method, _url, route) => {
    const owners = () => Promise.all([mentor, mentee].map(async (owner) => (await app.http().get('/api/mentoring/me').set('Authorization', `Bearer ${owner.jwt}`)).body));
    const before = await owners();

    for (const role of ['mentee', 'mentor'] as const) {
      // A fresh caller each time: DELETE /me succeeds, for the caller's own account.
      const caller = await signUpConfirmed(app, role, `Curious ${role}`, { login: false });
      const response = await call(route, caller.jwt, caller.password);

      if (route.only && route.only !== role) expect(response.status).toBe(403);
      else expect(response.status).toBeLessThan(500);
      expect(JSON.stringify(response.body) + response.text).not.toMatch(new RegExp(`${mentor.email}|${mentee.email}`));
    }

    expect(before.map((view) => view.user.email)).toEqual([mentor.email, mentee.email]);
    expect(await owners()).toEqual(before);
  });

  it('refuses an account that is neither mentor nor mentee', async () => {
    const authenticated = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    const user = await app.strapi.plugin('users-permissions').service('user').add({
      username: 'outsider', email: 'outsider@example.edu', password: 'Outsider-Pass-1', provider: 'local', confirmed: true, role: authenticated.id,
    });
    const jwt = app.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });

    for (const route of ROUTES) {
      expect((await call(route, jwt)).status).toBe(403);
    }
  });

  it('gives each participant only their own profile through /me, whoever else exists', async () => {
    for (const [who, name] of [[otherMentee, 'Other Mentee'], [otherMentor, 'Other Mentor']] as const) {
      const response = await app.http().get('/api/mentoring/me').set('Authorization', `Bearer ${who.jwt}`);
      expect(response.body.profile.fullName).toBe(name);
      expect(response.body.user.email).toBe(who.email);
    }
  });

  it('changes only the caller’s own profile', async () => {
    await app.http().put('/api/mentoring/me/profile').set('Authorization', `Bearer ${otherMentee.jwt}`).send({ headline: 'Mine' });

    const owner = await app.http().get('/api/mentoring/me').set('Authorization', `Bearer ${mentee.jwt}`);
    expect(owner.body.profile.headline).toBeNull();
  });

  it('shows others’ public profiles, never their email, whichever role asks', async () => {
    for (const viewer of [otherMentee, otherMentor]) {
      const mentorView = await app.http().get(`/api/mentoring/mentors/${ids.mentorProfile}`).set('Authorization', `Bearer ${viewer.jwt}`);
      const menteeView = await app.http().get(`/api/mentoring/mentees/${ids.menteeProfile}`).set('Authorization', `Bearer ${viewer.jwt}`);
      expect(mentorView.status).toBe(200);
      expect(menteeView.status).toBe(200);
      expect(JSON.stringify([mentorView.body, menteeView.body])).not.toMatch(new RegExp(`${mentor.email}|${mentee.email}|phone`));
    }
  });

  it('answers 404 for a mentee id on the mentor route and the other way round', async () => {
    for (const viewer of [otherMentee, otherMentor]) {
      const menteeAsMentor = await app.http().get(`/api/mentoring/mentors/${ids.menteeProfile}`).set('Authorization', `Bearer ${viewer.jwt}`);
      const mentorAsMentee = await app.http().get(`/api/mentoring/mentees/${ids.mentorProfile}`).set('Authorization', `Bearer ${viewer.jwt}`);
      expect([menteeAsMentor.status, mentorAsMentee.status]).toEqual([404, 404]);
    }
  });
});
