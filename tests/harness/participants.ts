import fs from 'fs';
import path from 'path';
import { simpleParser } from 'mailparser';
import type { TestApp } from './strapi';

let counter = 0;

export interface Participant {
  email: string;
  password: string;
  jwt: string;
  userId: number;
  role: 'mentor' | 'mentee';
}

/**
 * Signs up and confirms the account, without logging in: users-permissions rate-limits logins,
 * so a file that needs many participants but few sessions uses this.
 */
export async function signUpAccount(app: TestApp, role: 'mentor' | 'mentee', fullName = `Test ${role} ${++counter}`): Promise<Omit<Participant, 'jwt'>> {
  const email = `${role}${++counter}-${Date.now()}@example.edu`;
  const password = 'Mentor-Pass-2026';
  const signup = await app.http().post('/api/mentoring/signup').send({ email, password, fullName, role });
  if (signup.status !== 201) throw new Error(`signup failed: ${signup.status} ${JSON.stringify(signup.body)}`);
  await app.strapi.db.query('plugin::users-permissions.user').update({ where: { id: signup.body.user.id }, data: { confirmed: true } });
  return { email, password, userId: signup.body.user.id, role };
}

/**
 * Signs up, confirms, logs in. With `login: false` the token is issued directly instead:
 * /api/auth/local lets one address log in only 5 times in 5 minutes, too few for a file that
 * needs many participants.
 */
export async function signUpConfirmed(
  app: TestApp,
  role: 'mentor' | 'mentee',
  fullName = `Test ${role} ${++counter}`,
  { login: viaLogin = true }: { login?: boolean } = {},
): Promise<Participant> {
  const account = await signUpAccount(app, role, fullName);
  if (!viaLogin) {
    const jwt = app.strapi.plugin('users-permissions').service('jwt').issue({ id: account.userId });
    return { ...account, jwt };
  }
  const login = await app.http().post('/api/auth/local').send({ identifier: account.email, password: account.password });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return { ...account, jwt: login.body.jwt };
}

/** The newest captured email to an address, parsed. */
export async function lastMailTo(dir: string, address: string) {
  const files = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.eml'))
    .sort();
  for (const file of files.reverse()) {
    const mail = await simpleParser(fs.readFileSync(path.join(dir, file)));
    const to = Array.isArray(mail.to) ? mail.to.map((entry) => entry.text).join(',') : mail.to?.text ?? '';
    if (to.includes(address)) return mail;
  }
  throw new Error(`no captured mail to ${address} in ${dir}`);
}
