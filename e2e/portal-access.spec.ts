import { expect, test } from '@playwright/test';
import { Staff } from './support/cms';
import { e2eEnv } from './support/env';
import { linkIn, waitForMail } from './support/mail';
import { confirmEmail, expectAccessibleAndLight, join, keepScreenshot, logIn, newcomer, signUp } from './support/portal';

/** Who may see what, and how the account pages behave when things go wrong. */

const PORTAL_PAGES = [
  '/portal',
  '/portal/profile',
  '/portal/profile?step=goals',
  '/portal/mentors',
  '/portal/mentors?industry=Technology&page=2',
  '/portal/mentors/abc123',
  '/portal/mentees/abc123',
  '/portal/requests',
  '/portal/connections/abc123',
  '/portal/account',
];

for (const path of PORTAL_PAGES) {
  test(`${path} asks to log in first, and says where to come back to`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    const location = new URL(response.headers().location ?? '', e2eEnv.siteUrl);
    expect(location.pathname).toBe('/login');
    expect(location.searchParams.get('next') ?? '/portal').toBe(path);
  });
}

test('a made-up session cookie is no session: it is cleared and the visitor asked to log in', async ({ request }) => {
  const response = await request.get('/portal', { maxRedirects: 0, headers: { Cookie: 'mentoring_session=aaa.bbb.ccc' } });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toBe('/login?notice=session-expired');
  expect(response.headers()['set-cookie']).toMatch(/^mentoring_session=[^;]*;.*Expires=Thu, 01 Jan 1970/);
});

test('forms posted from another site are refused (403); the same form from the site is not', async ({ request }) => {
  const form = { email: 'someone@example.edu', password: 'Wrong-pass-1' };
  for (const path of ['/login', '/signup', '/logout', '/forgot-password', '/portal/profile?step=about']) {
    const response = await request.post(path, { form, headers: { Origin: 'https://evil.example' }, maxRedirects: 0 });
    expect(response.status(), path).toBe(403);
  }
  const sameSite = await request.post('/login', { form, headers: { Origin: e2eEnv.siteUrl }, maxRedirects: 0 });
  expect(sameSite.status()).toBe(400);
  expect(await sameSite.text()).toContain('The email address or the password is not right.');
});

test('the account pages pass axe, send no JavaScript and fit a 360 px phone', async ({ page }, testInfo) => {
  for (const path of ['/signup', '/check-email', '/login', '/forgot-password', '/reset-password?code=abc', '/confirm?confirmation=nope']) {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    await expectAccessibleAndLight(page);
  }
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/signup');
  await keepScreenshot(page, testInfo, 'signup-phone');
});

test('sign-up errors sit next to their fields, with what was typed kept: a taken address, a weak password', async ({ page }, testInfo) => {
  const taken = newcomer('mentor', 'Casey Taken');
  await signUp(page, taken);

  await page.goto('/signup?role=mentor');
  await page.getByLabel('Full name').fill('Casey Again');
  await page.getByLabel('Email address').fill(taken.email.toUpperCase());
  await page.getByLabel('Password').fill('Another-pass-1');
  await page.getByRole('button', { name: 'Create my account' }).click();

  const email = page.getByLabel('Email address');
  await expect(email).toHaveValue(taken.email.toUpperCase());
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/already registered/);
  await expect(page.getByLabel('Full name')).toHaveValue('Casey Again');
  await expect(page.getByLabel('An alumnus or alumna, to mentor students')).toBeChecked();
  await expect(page.getByLabel('Password')).toHaveValue('');
  await expectAccessibleAndLight(page);
  await keepScreenshot(page, testInfo, 'signup-taken-email');

  await page.getByLabel('Password').fill('nodigits');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/Must contain a digit/);
});

test('a student address outside the school’s domains is refused on the email field', async ({ page, request }) => {
  const staff = await Staff.login(request);
  const before = await staff.updateSettings({ menteeEmailDomains: ['students.example.edu'] });
  try {
    const outsider = newcomer('mentee', 'Riley Outsider');
    await page.goto('/signup?role=mentee');
    await page.getByLabel('Full name').fill(outsider.fullName);
    await page.getByLabel('Email address').fill(outsider.email);
    await page.getByLabel('Password').fill(outsider.password);
    await page.getByRole('button', { name: 'Create my account' }).click();

    await expect(page.getByLabel('Email address')).toHaveAccessibleDescription(/must be a student address at students\.example\.edu/i);
    await expect(page.getByRole('alert')).toContainText('Email address');
  } finally {
    await staff.updateSettings({ menteeEmailDomains: before.menteeEmailDomains ?? [] });
  }
});

test('a used confirmation link says so, and points to logging in', async ({ page }) => {
  const person = newcomer('mentor', 'Morgan Twice');
  await signUp(page, person);
  await confirmEmail(page, person, e2eEnv.siteUrl);
  const link = linkIn(await waitForMail(person.email, /confirm/i), `${e2eEnv.siteUrl}/confirm?confirmation=`);

  const again = await page.goto(link);
  expect(again?.status()).toBe(400);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link does not work any more');
  await expect(page.getByRole('main').getByRole('link', { name: 'log in' })).toHaveAttribute('href', '/login');
});

test('logging in returns to the portal page that asked for it; an unconfirmed account is told why not', async ({ page }) => {
  const person = newcomer('mentor', 'Sam Mentor');
  await signUp(page, person);

  await page.goto('/portal/mentors?q=product');
  await expect(page).toHaveURL(/\/login\?next=/);
  await logIn(page, person);
  await expect(page.getByRole('alert')).toContainText('not confirmed yet');
  await expect(page.getByRole('link', { name: 'Send the confirmation link again' })).toBeVisible();

  await confirmEmail(page, person, e2eEnv.siteUrl);
  await page.goto('/portal/mentors?q=product');
  await logIn(page, person);
  await expect(page).toHaveURL(/\/portal\/mentors\?q=product$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentors');
  // Mentors see no percentages and cannot sort by them.
  await expect(page.locator('.match')).toHaveCount(0);
  await expect(page.getByLabel('Sort by').locator('option')).toHaveText(['Name', 'Newest first']);

  // A return address off the site is ignored.
  await page.context().clearCookies();
  await page.goto('/login?next=https://evil.example/portal');
  await logIn(page, person);
  await expect(page).toHaveURL(/\/portal$/);
});

test('a forgotten password: the email links to the site, the new password logs the participant in', async ({ page }) => {
  const person = newcomer('mentee', 'Quinn Forgetful');
  await signUp(page, person);
  await confirmEmail(page, person, e2eEnv.siteUrl);

  await page.goto('/login');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByLabel('Email address').fill(person.email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByRole('status')).toContainText('we have sent it a link');

  const link = linkIn(await waitForMail(person.email, /reset/i), `${e2eEnv.siteUrl}/reset-password?code=`);
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill('Brand-new-2026');
  await page.getByLabel('New password, again').fill('Brand-new-2027');
  await page.getByRole('button', { name: 'Save my new password' }).click();
  await expect(page.getByLabel('New password, again')).toHaveAccessibleDescription(/Type the same password twice/);

  await page.getByLabel('New password', { exact: true }).fill('Brand-new-2026');
  await page.getByLabel('New password, again').fill('Brand-new-2026');
  await page.getByRole('button', { name: 'Save my new password' }).click();
  await expect(page).toHaveURL(/\/portal\?notice=password-changed$/);
  await expect(page.getByRole('status')).toContainText('Your new password is set');

  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill('Another-new-2026');
  await page.getByLabel('New password, again').fill('Another-new-2026');
  await page.getByRole('button', { name: 'Save my new password' }).click();
  await expect(page.getByRole('alert')).toContainText('not valid any more');
});

test('a mentor sets capacity, pauses requests and gives notice with the one-month rule explained', async ({ page }, testInfo) => {
  const mentor = newcomer('mentor', 'Robin Alumna');
  await join(page, mentor, e2eEnv.siteUrl);
  await expect(page.getByRole('region', { name: 'Availability' })).toContainText('Open to new mentees');
  await expectAccessibleAndLight(page);
  await keepScreenshot(page, testInfo, 'dashboard-mentor');

  await page.getByRole('link', { name: 'Change your availability' }).click();
  await page.getByLabel('How many mentees at a time?').fill('0');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('How many mentees at a time?')).toHaveAccessibleDescription(/1 or more/);

  await page.getByLabel('How many mentees at a time?').fill('3');
  await page.getByLabel('Not for now').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await expect(page.getByText('Paused: not taking new requests')).toBeVisible();

  const leave = page.getByRole('region', { name: 'Leaving the program' });
  await expect(leave).toContainText("one month's notice");
  const tooSoon = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  await leave.getByLabel('Your last day in the program').fill(tooSoon);
  await leave.getByRole('button', { name: 'Give notice' }).click();
  await expect(page.getByLabel('Your last day in the program')).toHaveAccessibleDescription(/at least 30 days' notice/);
  await expectAccessibleAndLight(page);
  await keepScreenshot(page, testInfo, 'profile-availability');

  const inTwoMonths = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Your last day in the program').fill(inTwoMonths);
  await page.getByRole('button', { name: 'Give notice' }).click();
  await expect(page).toHaveURL(/\/portal\?notice=notice-given$/);
  await expect(page.getByRole('region', { name: 'Availability' })).toContainText('Leaving the program on');
});

test('photo: upload, then remove', async ({ page }) => {
  const person = newcomer('mentee', 'Taylor Photo');
  await join(page, person, e2eEnv.siteUrl);
  await page.goto('/portal/profile?step=about');
  // The smallest valid PNG: one transparent pixel.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
  await page.getByLabel('Add a photo').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: png });
  await page.getByRole('button', { name: 'Upload photo' }).click();
  await expect(page.getByRole('status')).toHaveText('Your photo is updated.');
  await expect(page.locator('.photo-panel img.avatar')).toHaveAttribute('src', /\/uploads\//);

  await page.getByLabel('Replace your photo').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') });
  await page.getByRole('button', { name: 'Upload photo' }).click();
  await expect(page.getByLabel('Replace your photo')).toHaveAccessibleDescription(/JPEG, PNG or WebP/);

  await page.getByRole('button', { name: 'Remove photo' }).click();
  await expect(page.getByRole('status')).toHaveText('Your photo is removed.');
  await expect(page.locator('.photo-panel img.avatar')).toHaveCount(0);
});
