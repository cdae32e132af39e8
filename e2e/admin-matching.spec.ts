import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { wcagViolations } from './support/axe';
import { Staff } from './support/cms';
import { e2eEnv } from './support/env';

/**
 * A program-staff member runs a bulk matching in the Strapi admin's Matching panel: starts a run,
 * watches its progress reach 100%, reviews the proposals and releases two of them, which then show
 * as proposed to both sides. The stack's 40 demo participants are the cohort.
 */
test.describe.configure({ mode: 'serial' });

/** Booting the admin bundle and its chain of requests takes up to 20 s on a busy 2-core machine. */
const ADMIN_BOOT_MS = 20_000;

/**
 * A new admin user holding only the "Program staff" role, through the admin's own API as the
 * super admin invites staff: create the user, then register it with its invitation token.
 */
async function programStaffLogin(request: APIRequestContext): Promise<{ email: string; password: string }> {
  const headers = (await Staff.login(request)).authorization;
  const roles = await request.get(`${e2eEnv.strapiUrl}/admin/roles`, { headers });
  expect(roles.status(), 'list admin roles').toBe(200);
  const role = ((await roles.json()) as { data: { id: number; name: string }[] }).data.find((item) => item.name === 'Program staff');
  expect(role, 'the Program staff role exists').toBeDefined();
  const email = `matching-staff-${Date.now().toString(36)}@example.edu`;
  const created = await request.post(`${e2eEnv.strapiUrl}/admin/users`, { headers, data: { firstname: 'Pat', lastname: 'Staff', email, roles: [role!.id] } });
  expect(created.status(), 'invite the staff member').toBe(201);
  const { registrationToken } = ((await created.json()) as { data: { registrationToken: string } }).data;
  const password = 'Matching-Staff-2026';
  const registered = await request.post(`${e2eEnv.strapiUrl}/admin/register`, { data: { registrationToken, userInfo: { firstname: 'Pat', lastname: 'Staff', password } } });
  expect(registered.status(), 'register the staff member').toBe(200);
  return { email, password };
}

test.describe('admin: matching run', () => {
  test.describe.configure({ timeout: 90_000 });
  let page: Page;

  test.beforeAll(async ({ browser, request }) => {
    const staff = await programStaffLogin(request);
    // A context of its own: axe needs to open its frame in the page's context.
    page = await (await browser.newContext()).newPage();
    await page.goto(`${e2eEnv.strapiUrl}/admin/auth/login`);
    await page.getByLabel(/email/i).fill(staff.email);
    await page.getByLabel(/password/i).fill(staff.password);
    await page.getByRole('button', { name: /log ?in/i }).click();
    await expect(page).not.toHaveURL(/auth\/login/, { timeout: ADMIN_BOOT_MS });
  });
  test.afterAll(() => page?.context().close());

  test('runs a matching to 100%, releases chosen proposals and shows them proposed', async ({}, testInfo) => {
    await page.goto(`${e2eEnv.strapiUrl}/admin/plugins/mentoring/matching`);
    await expect(page.getByRole('heading', { name: 'Matching', level: 1 })).toBeVisible({ timeout: ADMIN_BOOT_MS });
    await expect(page.getByRole('link', { name: 'Matching' })).toBeVisible();

    await page.getByRole('combobox', { name: 'Objective' }).click();
    await page.getByRole('option', { name: 'Best total score' }).click();
    await page.getByRole('button', { name: 'Start matching' }).click();

    const progress = page.getByRole('progressbar', { name: 'Progress of the matching run' });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuenow', '100', { timeout: 30_000 });
    await expect(page.getByText('100% done')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Totals' })).toBeVisible();
    await expect(page.getByText('Matched by a greedy assignment')).toBeVisible();

    // Every proposal starts selected; clear them all, then choose two.
    const rows = page.getByRole('checkbox', { name: /^Release the proposal of / });
    const total = await rows.count();
    expect(total).toBeGreaterThan(2);
    for (let i = 0; i < total; i += 1) await expect(rows.nth(i)).toBeChecked();
    await expect(page.getByRole('button', { name: `Release ${total} proposals` })).toBeEnabled();
    await page.getByRole('checkbox', { name: 'Select every proposal not yet released' }).click();
    await expect(page.getByRole('button', { name: 'Release 0 proposals' })).toBeDisabled();
    await rows.nth(0).click();
    await rows.nth(1).click();
    await expect(page.getByText(`2 of ${total} selected`)).toBeVisible();

    const violations = await wcagViolations(page, { include: 'main' });
    expect(violations.filter((line) => /\((serious|critical)\)/.test(line))).toEqual([]);

    await page.getByRole('button', { name: 'Release 2 proposals' }).click();

    await expect(page.getByText('2 proposals released: both sides of each are asked to confirm it.')).toBeVisible();
    await expect(page.getByText('Proposed, neither has confirmed')).toHaveCount(2);
    await expect(page.getByText('Not released')).toHaveCount(total - 2);
    // At a 1280-pixel window every column, the state last, shows without scrolling the table sideways.
    const table = page.getByRole('grid').filter({ hasText: 'Proposed, neither has confirmed' });
    const overflow = await table.evaluate((grid) => {
      const frame = grid.parentElement as HTMLElement;
      return frame.scrollWidth - frame.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(rows.nth(0)).toBeDisabled();
    // Nothing stays selected after a release, so a second click cannot release more by accident.
    await expect(page.getByRole('button', { name: 'Release 0 proposals' })).toBeDisabled();

    await testInfo.attach('admin-matching-released', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  });
});
