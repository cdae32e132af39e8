import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { e2eEnv } from './env';
import { linkIn, waitForMail } from './mail';

/**
 * Staff and participants for the admin panels' browser tests, set up through the APIs (the panels
 * are what is tested, not sign-up): a Program staff admin user, and confirmed participants who ask
 * and accept through the participant API.
 */

const tag = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

async function json<T>(response: { status(): number; json(): Promise<unknown>; url(): string }, expected: number, what: string): Promise<T> {
  expect(response.status(), `${what} (${response.url()})`).toBe(expected);
  return (await response.json()) as T;
}

let superToken: Promise<string> | undefined;

/** The first admin's token, once per test process: Strapi allows five admin logins per address in five minutes. */
async function superAdmin(request: APIRequestContext): Promise<string> {
  superToken ??= (async () => (await json<{ data: { token: string } }>(await request.post(`${e2eEnv.strapiUrl}/admin/login`, { data: e2eEnv.admin }), 200, 'admin login')).data.token)();
  return superToken;
}

export interface StaffLogin {
  email: string;
  password: string;
}

/**
 * A new admin user holding only the Program staff role, as staff are invited: the super admin
 * creates the user, the invitation's registration token sets the password.
 */
export async function newProgramStaff(request: APIRequestContext): Promise<StaffLogin> {
  const headers = { Authorization: `Bearer ${await superAdmin(request)}` };
  const roles = await json<{ data: { id: number; code: string }[] }>(await request.get(`${e2eEnv.strapiUrl}/admin/roles`, { headers }), 200, 'list admin roles');
  const role = roles.data.find((candidate) => candidate.code === 'mentoring-program-staff');
  expect(role, 'the Program staff role').toBeTruthy();
  const login = { email: `staff.${tag()}@example.edu`, password: `Staff-${tag()}-Pass1` };
  const created = await json<{ data: { registrationToken: string } }>(
    await request.post(`${e2eEnv.strapiUrl}/admin/users`, { headers, data: { firstname: 'Pat', lastname: 'Staff', email: login.email, roles: [role!.id] } }),
    201,
    'invite staff',
  );
  await json(
    await request.post(`${e2eEnv.strapiUrl}/admin/register`, {
      data: { registrationToken: created.data.registrationToken, userInfo: { firstname: 'Pat', lastname: 'Staff', password: login.password } },
    }),
    200,
    'staff registration',
  );
  return login;
}

/** Changes program settings as the super admin; resolves to what they were, to put back afterwards. */
export async function updateSettings(request: APIRequestContext, changes: Record<string, unknown>): Promise<Record<string, unknown>> {
  const headers = { Authorization: `Bearer ${await superAdmin(request)}` };
  const before = await json<{ data: Record<string, unknown> }>(await request.get(`${e2eEnv.strapiUrl}/mentoring/settings`, { headers }), 200, 'read settings');
  await json(await request.put(`${e2eEnv.strapiUrl}/mentoring/settings`, { headers, data: changes }), 200, 'update settings');
  return Object.fromEntries(Object.keys(changes).map((key) => [key, before.data[key]]));
}

/** Every admin page boots the whole admin (bundle, user, permissions) before it renders: up to 20 s on a busy machine. */
export const ADMIN_BOOT_MS = 20_000;

export async function logInToAdmin(page: Page, login: StaffLogin): Promise<void> {
  await page.goto(`${e2eEnv.strapiUrl}/admin/auth/login`);
  await page.getByLabel(/email/i).fill(login.email);
  await page.getByLabel(/password/i).fill(login.password);
  await page.getByRole('button', { name: /log ?in/i }).click();
  await expect(page).not.toHaveURL(/auth\/login/, { timeout: ADMIN_BOOT_MS });
}

/** Opens a plugin page and waits until its heading shows (not the login screen nor "no permissions"). */
export async function openPanel(page: Page, path: string, heading: string | RegExp): Promise<Locator> {
  await page.goto(`${e2eEnv.strapiUrl}/admin/plugins/mentoring/${path}`);
  const title = page.getByRole('heading', { name: heading, level: 1 });
  const landing = title.or(page.getByRole('button', { name: /log ?in/i })).or(page.getByText(/you don.t have the permissions/i));
  await expect(landing.first()).toBeVisible({ timeout: ADMIN_BOOT_MS });
  await expect(title, `the ${path} panel at ${page.url()}`).toBeVisible();
  return title;
}

/** axe's serious and critical WCAG 2.1 A/AA violations on the page, one readable line per failing element. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary ?? ''}`));
}

export interface ApiParticipant {
  fullName: string;
  email: string;
  /** For a test that also logs in through the site. */
  password: string;
  jwt: string;
  profileId: string;
}

/** A participant signed up, confirmed through the emailed link and logged in, all through the API. */
export async function apiParticipant(request: APIRequestContext, role: 'mentee' | 'mentor', fullName: string, profile: Record<string, unknown> = {}): Promise<ApiParticipant> {
  const email = `${fullName.split(' ')[0]!.toLowerCase()}.${tag()}@example.edu`;
  const password = `Api-${tag()}-2026`;
  await json(await request.post(`${e2eEnv.strapiUrl}/api/mentoring/signup`, { data: { email, password, fullName, role } }), 201, 'sign-up');
  const confirmation = new URL(linkIn(await waitForMail(email, /confirm/i), `${e2eEnv.siteUrl}/confirm?confirmation=`)).searchParams.get('confirmation')!;
  const confirmed = await request.get(`${e2eEnv.strapiUrl}/api/auth/email-confirmation?${new URLSearchParams({ confirmation })}`, { maxRedirects: 0 });
  expect(confirmed.status(), 'email confirmation').toBeGreaterThanOrEqual(300);
  const { jwt } = await json<{ jwt: string }>(await request.post(`${e2eEnv.strapiUrl}/api/auth/local`, { data: { identifier: email, password } }), 200, 'log-in');
  const headers = { Authorization: `Bearer ${jwt}` };
  if (Object.keys(profile).length) await json(await request.put(`${e2eEnv.strapiUrl}/api/mentoring/me/profile`, { headers, data: profile }), 200, 'profile');
  const me = await json<{ profile: { documentId: string } }>(await request.get(`${e2eEnv.strapiUrl}/api/mentoring/me`, { headers }), 200, 'me');
  return { fullName, email, password, jwt, profileId: me.profile.documentId };
}

/** The mentee asks the mentor and the mentor accepts: resolves to the connection's documentId and status. */
export async function askAndAccept(request: APIRequestContext, mentee: ApiParticipant, mentor: ApiParticipant): Promise<{ connectionId: string; status: string }> {
  const asked = await json<{ documentId: string }>(
    await request.post(`${e2eEnv.strapiUrl}/api/mentoring/requests`, {
      headers: { Authorization: `Bearer ${mentee.jwt}` },
      data: { mentor: mentor.profileId, message: `Hello ${mentor.fullName}, I would value your advice on moving into product.` },
    }),
    201,
    'request',
  );
  const accepted = await json<{ connection: { documentId: string; status: string } }>(
    await request.post(`${e2eEnv.strapiUrl}/api/mentoring/requests/${asked.documentId}/accept`, { headers: { Authorization: `Bearer ${mentor.jwt}` } }),
    200,
    'accept',
  );
  return { connectionId: accepted.connection.documentId, status: accepted.connection.status };
}

export interface ProgramRules {
  program: { documentId: string; name: string; current: boolean };
  overrides: Record<string, unknown>;
  defaults: Record<string, unknown>;
}

/** The cohort called `name` (as the portal's dashboard names a participant's cohort), found among every program. */
export async function programNamed(request: APIRequestContext, name: string): Promise<{ documentId: string; name: string }> {
  const headers = { Authorization: `Bearer ${await superAdmin(request)}` };
  const programs = await json<{ data: { documentId: string; name: string }[] }>(await request.get(`${e2eEnv.strapiUrl}/mentoring/programs`, { headers }), 200, 'list programs');
  const program = programs.data.find((candidate) => candidate.name === name);
  expect(program, `the program "${name}"`).toBeTruthy();
  return program!;
}

/**
 * Overrides some of a cohort's rules (`PUT /mentoring/programs/:id/rules`, `null` clears one) as the
 * super admin; resolves to the overrides they replace, to put back afterwards, and the rules now in force.
 */
export async function overrideProgramRules(
  request: APIRequestContext,
  programId: string,
  changes: Record<string, unknown>,
): Promise<{ restore: Record<string, unknown>; inForce: Record<string, unknown> }> {
  const headers = { Authorization: `Bearer ${await superAdmin(request)}` };
  const url = `${e2eEnv.strapiUrl}/mentoring/programs/${programId}/rules`;
  const before = await json<{ data: ProgramRules }>(await request.get(url, { headers }), 200, 'read program rules');
  const after = await json<{ data: ProgramRules }>(await request.put(url, { headers, data: changes }), 200, 'override program rules');
  const inForce = Object.fromEntries(Object.entries(after.data.defaults).map(([key, value]) => [key, after.data.overrides[key] ?? value]));
  return { restore: Object.fromEntries(Object.keys(changes).map((key) => [key, before.data.overrides[key] ?? null])), inForce };
}

export interface QueuedConnection {
  documentId: string;
  program: { documentId: string; name: string } | null;
  mentee: { fullName: string };
  mentor: { fullName: string };
  compatibility: { score: number };
}

/** The connections waiting in the staff approvals queue (`GET /mentoring/approvals`). */
export async function approvalQueue(request: APIRequestContext): Promise<QueuedConnection[]> {
  const headers = { Authorization: `Bearer ${await superAdmin(request)}` };
  return (await json<{ data: { connections: QueuedConnection[] } }>(await request.get(`${e2eEnv.strapiUrl}/mentoring/approvals`, { headers }), 200, 'approvals queue')).data.connections;
}

/** Staff approve or reject a connection awaiting approval; resolves to the connection as it now is. */
export async function decideConnection(request: APIRequestContext, connectionId: string, decision: 'approve' | 'reject', note?: string): Promise<{ status: string; approvalNote: string | null }> {
  const headers = { Authorization: `Bearer ${await superAdmin(request)}` };
  const url = `${e2eEnv.strapiUrl}/mentoring/approvals/${connectionId}/${decision}`;
  return (await json<{ data: { status: string; approvalNote: string | null } }>(await request.post(url, { headers, data: note ? { note } : {} }), 200, decision)).data;
}
