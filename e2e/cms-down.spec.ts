import { expect, test } from '@playwright/test';
import { wcagViolations } from './support/axe';
import { e2eEnv } from './support/env';

// A second site process whose STRAPI_URL points at a closed port (started by scripts/e2e.mjs).
test.describe('when the CMS cannot be reached', () => {
  test.use({ baseURL: e2eEnv.siteWithoutCmsUrl });

  for (const path of ['/', '/faq', '/expectations', '/pages/confidentiality']) {
    test(`${path} answers 503 with the program contact and no internals`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(503);
      expect(response?.headers()['retry-after']).toBe('60');

      await expect(page.getByRole('heading', { level: 1 })).toHaveText('The program site is temporarily unavailable');
      const email = e2eEnv.fallbackContactEmail;
      await expect(page.getByRole('main').getByRole('link', { name: email })).toHaveAttribute('href', `mailto:${email}`);
      const html = await page.content();
      expect(html).not.toMatch(/ECONNREFUSED|CmsUnavailableError|fetch failed|\bat .+:\d+:\d+/);
      expect(html).not.toMatch(/<script\b/i);
    });
  }

  test('the 503 page has no WCAG 2.1 A/AA violations (axe)', async ({ page }) => {
    await page.goto('/faq');
    expect(await wcagViolations(page)).toEqual([]);
  });
});
