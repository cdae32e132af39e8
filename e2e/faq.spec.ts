import { expect, test } from '@playwright/test';
import { publishedFaqs, type CmsFaq } from './support/cms';

/** Categories in the order the site promises: by the smallest `order` among their questions. */
function expectedCategories(faqs: CmsFaq[]): string[] {
  const first = new Map<string, number>();
  for (const faq of faqs) first.set(faq.category, Math.min(first.get(faq.category) ?? Infinity, faq.order ?? Infinity));
  return [...first.entries()].sort((a, b) => a[1] - b[1]).map(([category]) => category);
}

test('FAQ shows every published question under its category', async ({ page, request }) => {
  const faqs = await publishedFaqs(request);
  expect(faqs.length).toBeGreaterThanOrEqual(10);
  await page.goto('/faq');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frequently asked questions');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'FAQ' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.faq-group > h2')).toHaveText(expectedCategories(faqs));
  for (const faq of faqs) {
    const group = page.getByRole('region', { name: faq.category, exact: true });
    await expect(group.getByRole('heading', { level: 3, name: faq.question })).toBeVisible();
  }
});

test('every question has an anchor link that points at itself', async ({ page }) => {
  await page.goto('/faq');
  const questions = page.locator('h3[id]');
  const count = await questions.count();
  expect(count).toBeGreaterThanOrEqual(10);

  const ids = await questions.evaluateAll((headings) => headings.map((heading) => heading.id));
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) {
    await expect(page.locator(`h3[id="${id}"] a`)).toHaveAttribute('href', `#${id}`);
    await expect(page.locator(`h3[id="${id}"] a`)).toContainText('#');
  }

  const last = questions.last();
  const lastId = ids[ids.length - 1];
  await last.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/faq#${lastId}$`));
  await expect(last).toBeInViewport();

  // A link from elsewhere (a fresh load, not a same-page jump) lands on the question too.
  const middle = Math.floor(ids.length / 2);
  await page.goto('/');
  await page.goto(`/faq#${ids[middle]}`);
  await expect(questions.nth(middle)).toBeInViewport();
});

test('the topic list jumps to each category', async ({ page }) => {
  await page.goto('/faq');
  const topics = page.getByRole('navigation', { name: 'FAQ topics' }).getByRole('link');
  const last = topics.last();
  const name = (await last.textContent()) ?? '';
  await last.click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeInViewport();
});
