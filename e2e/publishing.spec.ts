import { expect, test } from '@playwright/test';
import { Staff, uniqueQuestion } from './support/cms';
import { e2eEnv } from './support/env';

// The e2e site caches content for 300 s: a change that shows within seconds was let through by the
// CMS webhook emptying the cache, not by the cache running out.
test('a FAQ staff publish appears on /faq within seconds', async ({ page, request }) => {
  const staff = await Staff.login(request);
  const question = uniqueQuestion('Can I change mentors during the program?');

  await page.goto('/faq');
  await expect(page.getByRole('heading', { name: question })).toHaveCount(0);

  const documentId = await staff.createFaqDraft({
    question,
    category: 'About the program',
    order: 20,
    answer: 'Yes: write to the program office and we will help you find a better fit.',
  });
  await staff.publishFaq(documentId);

  await expect
    .poll(async () => (await request.get('/faq')).text(), { timeout: 10_000, message: 'published FAQ on /faq' })
    .toContain(question);
  await page.goto('/faq');
  await expect(page.getByRole('heading', { level: 3, name: question })).toBeVisible();
});

test('a FAQ saved as a draft does not appear on /faq', async ({ request }) => {
  const staff = await Staff.login(request);
  const question = uniqueQuestion('Is there a mentoring handbook?');
  await staff.createFaqDraft({ question, category: 'About the program', order: 21, answer: 'Not yet.' });

  // Force fresh reads, so the check below sees what the CMS serves now, not an older cache.
  const revalidated = await request.post('/api/revalidate', {
    headers: { Authorization: `Bearer ${e2eEnv.revalidateSecret}` },
    data: { event: 'entry.update', model: 'faq' },
  });
  expect(revalidated.status()).toBe(200);

  const html = await (await request.get('/faq')).text();
  expect(html).toContain('Frequently asked questions');
  expect(html).not.toContain(question);
});

test('revalidate refuses callers without the secret and bodies that are not a webhook', async ({ request }) => {
  const webhook = { event: 'entry.publish', model: 'faq' };
  expect((await request.post('/api/revalidate', { data: webhook })).status()).toBe(401);
  const wrong = await request.post('/api/revalidate', { headers: { Authorization: 'Bearer not-the-secret' }, data: webhook });
  expect(wrong.status()).toBe(401);

  const authorized = { Authorization: `Bearer ${e2eEnv.revalidateSecret}` };
  const noEvent = await request.post('/api/revalidate', { headers: authorized, data: { model: 'faq' } });
  expect(noEvent.status()).toBe(400);
  expect(await noEvent.json()).toMatchObject({ error: { status: 400, message: expect.stringContaining('event') } });
  const notJson = await request.post('/api/revalidate', {
    headers: { ...authorized, 'Content-Type': 'application/json' },
    data: 'not json',
  });
  expect(notJson.status()).toBe(400);
  expect((await request.get('/api/revalidate')).status()).toBe(405);
});
