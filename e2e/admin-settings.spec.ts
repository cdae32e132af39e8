import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/admin';
import { e2eEnv } from './support/env';
import { keepScreenshot } from './support/portal';

/**
 * Staff edit the program rules in the Strapi admin: the plugin's Settings page. One login for the
 * whole file: Strapi limits admin logins per address, and the other files log in too.
 */
test.describe.configure({ mode: 'serial' });

/**
 * Every page.goto or reload boots the whole admin again (its bundle, then a chain of requests for
 * the user, their permissions and the app's information) before the page renders: up to 20 s on a
 * busy 2-core machine. A test here boots it twice, hence the longer test timeout.
 */
const ADMIN_BOOT_MS = 20_000;
test.describe('admin: mentoring program settings', () => {
  test.describe.configure({ timeout: 60_000 });
  let page: Page;

  /** Loads the settings page (`how`: a navigation or a reload) and waits until the admin shows it. */
  async function openSettings(how: () => Promise<unknown>) {
    await how();
    const heading = page.getByRole('heading', { name: 'Program settings' });
    // Whichever the admin settles on: the page, the login screen or its no-permissions page.
    const landing = heading
      .or(page.getByRole('button', { name: /log ?in/i }))
      .or(page.getByText(/you don.t have the permissions/i));
    await expect(landing.first()).toBeVisible({ timeout: ADMIN_BOOT_MS });
    await expect(heading, `the Settings page, not the login screen nor "no permissions", at ${page.url()}`).toBeVisible();
  }

  test.beforeAll(async ({ browser }) => {
    page = await (await browser.newContext()).newPage();
    await page.goto(`${e2eEnv.strapiUrl}/admin/auth/login`);
    await page.getByLabel(/email/i).fill(e2eEnv.admin.email);
    await page.getByLabel(/password/i).fill(e2eEnv.admin.password);
    await page.getByRole('button', { name: /log ?in/i }).click();
    await expect(page).not.toHaveURL(/auth\/login/, { timeout: ADMIN_BOOT_MS });
  });
  test.afterAll(() => page?.context().close());

  test.beforeEach(async () => {
    await openSettings(() => page.goto(`${e2eEnv.strapiUrl}/admin/plugins/mentoring/settings`));
  });

  test('opened while the admin is still loading the user’s permissions, shows the page', async () => {
    // The admin renders the route as soon as it has the app's information; when the user's
    // permissions answer later, the page must wait for them instead of concluding "no permissions".
    await page.route('**/admin/users/me/permissions', async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.fulfill({ response });
    });
    try {
      await openSettings(() => page.reload());
      await expect(page.getByLabel('Remind the mentor after (hours)')).toHaveValue('24');
    } finally {
      await page.unroute('**/admin/users/me/permissions');
    }
  });

  test('has no serious or critical axe violation', async ({}, testInfo) => {
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, testInfo, 'settings');
  });

  test('shows the server’s field error and keeps the stored value', async ({}, testInfo) => {
    const reminder = page.getByLabel('Remind the mentor after (hours)');
    await expect(reminder).toHaveValue('24');

    await reminder.fill('100');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page.getByText('must be less than the response window (48 hours)')).toBeVisible();
    await testInfo.attach('settings-field-error', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    await openSettings(() => page.reload());
    await expect(page.getByLabel('Remind the mentor after (hours)')).toHaveValue('24');
  });

  test('sets a matching factor’s weight', async () => {
    await page.getByRole('combobox', { name: 'Industry' }).click();
    await page.getByRole('option', { name: /^Must/ }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Program settings saved')).toBeVisible();

    await openSettings(() => page.reload());
    await expect(page.getByRole('combobox', { name: 'Industry' })).toContainText('Must');

    await page.getByRole('combobox', { name: 'Industry' }).click();
    await page.getByRole('option', { name: 'High' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Program settings saved')).toBeVisible();
  });

  test('saves a valid change that survives a reload', async () => {
    await page.getByLabel('Contacts expected per calendar month').fill('3');
    await page.getByLabel('Email domains allowed for students').fill('students.example.edu');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Program settings saved')).toBeVisible();

    await openSettings(() => page.reload());
    await expect(page.getByLabel('Contacts expected per calendar month')).toHaveValue('3');
    await expect(page.getByLabel('Email domains allowed for students')).toHaveValue('students.example.edu');

    // Leave the shared CMS as the other tests expect it.
    await page.getByLabel('Contacts expected per calendar month').fill('2');
    await page.getByLabel('Email domains allowed for students').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Program settings saved')).toBeVisible();
  });
});
