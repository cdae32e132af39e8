import { expect, test } from '@playwright/test';

test('a CMS page renders its title, summary and blocks', async ({ page }) => {
  const response = await page.goto('/pages/confidentiality');
  expect(response?.status()).toBe(200);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confidentiality');
  await expect(page).toHaveTitle(/^Confidentiality · /);
  const main = page.getByRole('main');
  await expect(main).toContainText('What stays between a mentor and a mentee');
  await expect(main).toContainText('held to the standard of professional confidentiality');

  await expect(main.getByRole('heading', { level: 2, name: 'Questions about privacy?' })).toBeVisible();
  const action = main.getByRole('link', { name: 'Email the program office' });
  await expect(action).toHaveAttribute('href', /^mailto:/);
  await expect(action).toHaveClass(/\bbutton\b/);
});

test('an unknown page is a real 404 with the site around it', async ({ page }) => {
  for (const path of ['/pages/no-such-page', '/no-such-route', '/pages/bad%20slug', '/unavailable']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  }
});
