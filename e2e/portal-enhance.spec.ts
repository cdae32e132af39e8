import { expect, test, type Page } from '@playwright/test';
import { e2eEnv } from './support/env';
import { CLIENT_JS_BUDGET_BYTES, clientScriptBytes, expectAccessibleAndLight, join, newcomer } from './support/portal';

/**
 * The portal works without JavaScript; with it, a form is sent once however often its button is
 * pressed, and answer countdowns keep counting while the page stays open. Each within the issue's
 * 20 KB (gzipped) budget of client JavaScript.
 */
test.describe.configure({ mode: 'serial' });

const student = newcomer('mentee', 'Jamie Eager');

async function firstMentorPath(page: Page): Promise<string> {
  await page.goto('/portal/mentors');
  const first = page.getByRole('region', { name: 'All mentors' }).getByRole('article').first();
  const name = (await first.getByRole('heading').textContent())?.trim() ?? '';
  await first.getByRole('link', { name }).click();
  await expect(page).toHaveURL(/\/portal\/mentors\/\w+$/);
  return new URL(page.url()).pathname;
}

test.describe('the portal, enhanced when JavaScript is on', () => {
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    page = await (await browser.newContext({ baseURL: e2eEnv.siteUrl })).newPage();
    await join(page, student, e2eEnv.siteUrl);
  });
  test.afterAll(async () => {
    await page?.context().close();
  });

  test('a request sent with an impatient double click goes once', async () => {
    const mentorPath = await firstMentorPath(page);
    expect(await clientScriptBytes(page)).toBeGreaterThan(0);
    expect(await clientScriptBytes(page)).toBeLessThanOrEqual(CLIENT_JS_BUDGET_BYTES);

    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(new URL(request.url()).pathname);
    });
    await page.getByLabel('Your message').fill('I would like to hear how you moved from engineering into product management.');
    await page.getByRole('button', { name: 'Send the request' }).dblclick();
    await expect(page).toHaveURL(/\/portal\/requests\?notice=request-sent$/);
    await expect(page.getByRole('status')).toContainText('Your request is sent');
    expect(posts).toEqual([mentorPath]);
    // Not "You have already asked this mentor": the second click never left the page.
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectAccessibleAndLight(page);
  });

  test('the answer countdown keeps counting on an open page', async () => {
    await page.clock.install();
    await page.goto('/portal/requests');
    const due = page.getByRole('region', { name: 'Waiting for an answer' }).locator('[data-due]');
    await expect(due).toHaveText(/answer due in 4[78] h/);
    const before = Number((await due.textContent())?.match(/(\d+) h/)?.[1]);
    await page.clock.fastForward('03:00:00');
    await expect(due).toHaveText(`answer due in ${before - 3} h`);
  });

  test('without JavaScript the same request form still works', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: e2eEnv.siteUrl, javaScriptEnabled: false, storageState: await page.context().storageState() });
    const noScript = await context.newPage();
    await noScript.goto('/portal/requests');
    const waiting = noScript.getByRole('region', { name: 'Waiting for an answer' });
    await waiting.getByRole('button', { name: /Withdraw the request/ }).click();
    await expect(noScript).toHaveURL(/\/portal\/requests\?notice=/);
    await expect(noScript.getByRole('status')).toBeVisible();
    await expect(noScript.getByRole('region', { name: 'Waiting for an answer' }).locator('[data-due]')).toHaveCount(0);
    await context.close();
  });
});
