import { addDays } from 'date-fns';
import { startApp, type TestApp } from '../harness/strapi';
import type { Participant } from '../harness/participants';
import { as, pairWithStranger, type Connection } from '../harness/pairs';

interface Ids {
  connection: string;
  goal: string;
  interaction: string;
}

/** Every route a pair uses inside its connection, with a body its owner could send. */
const ROUTES: { method: 'get' | 'post' | 'patch' | 'delete'; url: (ids: Ids) => string; body?: object }[] = [
  { method: 'get', url: (ids) => `/api/mentoring/connections/${ids.connection}/goals` },
  { method: 'post', url: (ids) => `/api/mentoring/connections/${ids.connection}/goals`, body: { title: 'Intrude', category: 'academic' } },
  { method: 'patch', url: (ids) => `/api/mentoring/goals/${ids.goal}`, body: { status: 'dropped' } },
  { method: 'get', url: (ids) => `/api/mentoring/connections/${ids.connection}/interactions` },
  { method: 'post', url: (ids) => `/api/mentoring/connections/${ids.connection}/interactions`, body: { occurredAt: new Date().toISOString(), mode: 'phone' } },
  { method: 'patch', url: (ids) => `/api/mentoring/interactions/${ids.interaction}`, body: { notes: 'overwritten' } },
  { method: 'delete', url: (ids) => `/api/mentoring/interactions/${ids.interaction}` },
  { method: 'get', url: (ids) => `/api/mentoring/connections/${ids.connection}/messages` },
  { method: 'post', url: (ids) => `/api/mentoring/connections/${ids.connection}/messages`, body: { body: 'intrusion' } },
  { method: 'get', url: (ids) => `/api/mentoring/connections/${ids.connection}/feedback` },
  { method: 'post', url: (ids) => `/api/mentoring/connections/${ids.connection}/feedback`, body: { rating: 1 } },
];

const SECRETS = ['Secret goal', 'Secret notes', 'Secret message', 'Secret feedback'];

/** Who may call the pair's routes: the pair; anyone else learns nothing and changes nothing. */
describe('pair routes: who may call them', () => {
  let app: TestApp;
  let mentee: Participant;
  let stranger: Participant;
  let connection: Connection;
  let ids: Ids;
  let outsiderJwt: string;

  const call = (route: (typeof ROUTES)[number], who?: Participant | string) => {
    const request = app.http()[route.method](route.url(ids));
    if (who) request.set('Authorization', `Bearer ${typeof who === 'string' ? who : who.jwt}`);
    return route.body ? request.send(route.body) : request;
  };

  /** Everything the pair's rows hold, to compare before and after the intruders. */
  const snapshot = async () => {
    const rows = await Promise.all(
      ['goal', 'interaction', 'message', 'feedback', 'notification'].map((type) => app.strapi.db.query(`plugin::mentoring.${type}`).findMany({ orderBy: { id: 'asc' } })),
    );
    return JSON.stringify(rows);
  };

  beforeAll(async () => {
    app = await startApp();
    ({ mentee, stranger, connection } = await pairWithStranger(app));
    const url = `/api/mentoring/connections/${connection.documentId}`;
    const goal = await as(app, mentee).post(`${url}/goals`, { title: 'Secret goal', category: 'academic' });
    const interaction = await as(app, mentee).post(`${url}/interactions`, { occurredAt: addDays(new Date(), 3).toISOString(), mode: 'video', notes: 'Secret notes' });
    await as(app, mentee).post(`${url}/messages`, { body: 'Secret message' });
    await as(app, mentee).post(`${url}/feedback`, { rating: 3, comments: 'Secret feedback' });
    ids = { connection: connection.documentId, goal: goal.body.documentId, interaction: interaction.body.documentId };

    const authenticated = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    const outsider = await app.strapi.plugin('users-permissions').service('user').add({
      username: 'outsider', email: 'outsider@example.edu', password: 'Outsider-Pass-1', provider: 'local', confirmed: true, role: authenticated.id,
    });
    outsiderJwt = app.strapi.plugin('users-permissions').service('jwt').issue({ id: outsider.id });
  });
  afterAll(() => app?.stop());

  const each = ROUTES.map((route) => [route.method.toUpperCase(), route.url({ connection: ':id', goal: ':id', interaction: ':id' }), route] as const);

  it.each(each)('%s %s: 401 without a token or with a forged one', async (_method, _url, route) => {
    expect((await call(route)).status).toBe(401);
    expect((await call(route, `${mentee.jwt.slice(0, -4)}abcd`)).status).toBe(401);
  });

  it.each(each)('%s %s: 403 for an account that is neither mentor nor mentee', async (_method, _url, route) => {
    expect((await call(route, outsiderJwt)).status).toBe(403);
  });

  it.each(each)('%s %s: 404 for a stranger, who learns and changes nothing', async (_method, _url, route) => {
    const before = await snapshot();
    const response = await call(route, stranger);
    expect(response.status).toBe(404);
    for (const secret of SECRETS) expect(JSON.stringify(response.body)).not.toContain(secret);
    expect(await snapshot()).toBe(before);
  });

  it('answers the pair on every route it reads', async () => {
    for (const route of ROUTES.filter((candidate) => candidate.method === 'get')) {
      expect([route.url(ids), (await call(route, mentee)).status]).toEqual([route.url(ids), 200]);
    }
  });
});
