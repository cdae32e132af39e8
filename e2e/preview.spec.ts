import { expect, test } from '@playwright/test';
import { Staff, uniqueQuestion } from './support/cms';
import { e2eEnv } from './support/env';

const previewUrl = (query: Record<string, string>) => `/api/preview?${new URLSearchParams(query).toString()}`;

test('preview refuses a wrong secret', async ({ request }) => {
  const response = await request.get(previewUrl({ secret: 'wrong', path: '/faq', status: 'draft' }), { maxRedirects: 0 });
  expect(response.status()).toBe(403);
  expect(response.headers()['set-cookie']).toBeUndefined();
});

test('preview refuses to send anyone off the site', async ({ request }) => {
  for (const path of ['//evil.example/faq', 'https://evil.example', '/\\evil.example', 'faq', '']) {
    const response = await request.get(previewUrl({ secret: e2eEnv.previewSecret, path, status: 'draft' }), { maxRedirects: 0 });
    expect(response.status(), JSON.stringify(path)).toBe(400);
  }
  const badStatus = await request.get(previewUrl({ secret: e2eEnv.previewSecret, path: '/faq', status: 'maybe' }), { maxRedirects: 0 });
  expect(badStatus.status()).toBe(400);
});

test('staff preview shows a draft FAQ under a draft banner, until they leave it', async ({ page, request }) => {
  const staff = await Staff.login(request);
  const question = uniqueQuestion('Can mentors meet mentees abroad?');
  await staff.createFaqDraft({ question, category: 'Time commitment', order: 22, answer: 'Video calls work well.' });

  const redirect = await request.get(previewUrl({ secret: e2eEnv.previewSecret, path: '/faq', status: 'draft' }), { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()['location']).toBe('/faq');

  await page.goto(previewUrl({ secret: e2eEnv.previewSecret, path: '/faq', status: 'draft' }));
  await expect(page).toHaveURL(/\/faq$/);
  const banner = page.getByRole('complementary', { name: 'Preview mode' });
  await expect(banner).toContainText('Draft preview');
  await expect(page.getByRole('heading', { level: 3, name: question })).toBeVisible();

  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'mentoring_preview');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

  await banner.getByRole('link', { name: 'Leave preview' }).click();
  await expect(page).toHaveURL(/\/faq$/);
  await expect(page.getByRole('complementary', { name: 'Preview mode' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 3, name: question })).toHaveCount(0);
});

test('a preview cookie the site did not sign shows no drafts', async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: 'mentoring_preview', value: '9999999999.forged', url: baseURL ?? '' }]);
  await page.goto('/faq');
  await expect(page.getByRole('complementary', { name: 'Preview mode' })).toHaveCount(0);
});

test('preview with status=published turns drafts off again', async ({ page }) => {
  await page.goto(previewUrl({ secret: e2eEnv.previewSecret, path: '/', status: 'draft' }));
  await expect(page.getByRole('complementary', { name: 'Preview mode' })).toBeVisible();
  await page.goto(previewUrl({ secret: e2eEnv.previewSecret, path: '/', status: 'published' }));
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('complementary', { name: 'Preview mode' })).toHaveCount(0);
});
