import { expect, test, type Page } from '@playwright/test';
import { e2eEnv } from './support/env';

/**
 * Staff edit the program rules in the Strapi admin: the plugin's Settings page. One login for the
 * whole file: Strapi limits admin logins per address, and the other files log in too.
 */
test.describe.configure({ mode: 'serial' });

test.describe('admin: mentoring program settings', () => {
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await page.goto(`${e2eEnv.strapiUrl}/admin/auth/login`);
    await page.getByLabel(/email/i).fill(e2eEnv.admin.email);
    await page.getByLabel(/password/i).fill(e2eEnv.admin.password);
    await page.getByRole('button', { name: /log ?in/i }).click();
    await expect(page).not.toHaveURL(/auth\/login/);
  });
  test.afterAll(() => page?.close());

  test.beforeEach(async () => {
    await page.goto(`${e2eEnv.strapiUrl}/admin/plugins/mentoring/settings`);
    await expect(page.getByRole('heading', { name: 'Program settings' })).toBeVisible({ timeout: 20_000 });
  });

  test('shows the server’s field error and keeps the stored value', async ({}, testInfo) => {
    const reminder = page.getByLabel('Remind the mentor after (hours)');
    await expect(reminder).toHaveValue('24');

    await reminder.fill('100');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page.getByText('must be less than the response window (48 hours)')).toBeVisible();
    await testInfo.attach('settings-field-error', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    await page.reload();
    await expect(page.getByLabel('Remind the mentor after (hours)')).toHaveValue('24');
  });

  test('sets a matching factor’s weight', async () => {
    await page.getByRole('combobox', { name: 'Industry' }).click();
    await page.getByRole('option', { name: /^Must/ }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Program settings saved')).toBeVisible();

    await page.reload();
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

    await page.reload();
    await expect(page.getByLabel('Contacts expected per calendar month')).toHaveValue('3');
    await expect(page.getByLabel('Email domains allowed for students')).toHaveValue('students.example.edu');

    // Leave the shared CMS as the other tests expect it.
    await page.getByLabel('Contacts expected per calendar month').fill('2');
    await page.getByLabel('Email domains allowed for students').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Program settings saved')).toBeVisible();
  });
});
