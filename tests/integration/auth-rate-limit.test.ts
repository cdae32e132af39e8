import { startApp, type TestApp } from '../harness/strapi';
import { signUpConfirmed } from '../harness/participants';

/**
 * Every site log-in reaches Strapi from the site's address, so the log-in limit is a deployment
 * setting: AUTH_RATE_LIMIT_MAX log-ins per AUTH_RATE_LIMIT_INTERVAL_MS, whoever logs in.
 */
describe('the log-in rate limit', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp({ AUTH_RATE_LIMIT_MAX: '3', AUTH_RATE_LIMIT_INTERVAL_MS: '60000' });
  });
  afterAll(() => app?.stop());

  it('refuses the log-in past the configured number, for any account, with 429', async () => {
    const people = [];
    for (const name of ['Ada', 'Bo', 'Cy', 'Di']) people.push(await signUpConfirmed(app, 'mentee', `${name} Limit`, { login: false }));
    const logIn = (person: { email: string; password: string }) => app.http().post('/api/auth/local').send({ identifier: person.email, password: person.password });
    for (const person of people.slice(0, 3)) expect((await logIn(person)).status).toBe(200);
    const refused = await logIn(people[3]!);
    expect(refused.status).toBe(429);
  });
});
