import { expect, test } from '@playwright/test';
import { wcagViolations } from './support/axe';

const PAGES = ['/', '/faq', '/expectations', '/pages/confidentiality', '/pages/no-such-page'];

for (const path of PAGES) {
  test.describe(`page ${path}`, () => {
    test('has no WCAG 2.1 A/AA violations (axe)', async ({ page }) => {
      await page.goto(path);
      expect(await wcagViolations(page)).toEqual([]);
    });

    test('is one document outline: lang, title, description, landmarks, one h1', async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      expect((await page.title()).length).toBeGreaterThan(0);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\w.{15,}/);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await expect(page.locator('h1')).toHaveCount(1);
    });

    test('sends no JavaScript', async ({ request }) => {
      const html = await (await request.get(path)).text();
      expect(html).toContain('</html>');
      expect(html).not.toMatch(/<script\b/i);
    });

    test('fits a 390 px wide phone without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/faq');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('keyboard focus is visible', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { width: style.outlineWidth, style: style.outlineStyle };
  });
  expect(outline.style).not.toBe('none');
  expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
});
