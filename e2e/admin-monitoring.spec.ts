import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiParticipant, askAndAccept, logInToAdmin, newProgramStaff, openPanel, seriousViolations } from './support/admin';
import { e2eEnv } from './support/env';
import { keepScreenshot } from './support/portal';

/**
 * A Program staff member opens the Monitoring dashboard: a pair made this week (a request, its
 * acceptance, a video call logged) gives every chart something to draw; the charts render as SVG,
 * and the pair's metadata page opens. No serious or critical axe violation on either.
 */
test.describe.configure({ mode: 'serial' });

test.describe('admin: monitoring dashboard', () => {
  test.describe.configure({ timeout: 90_000 });
  let api: APIRequestContext;
  let page: Page;
  let connectionId = '';

  test.beforeAll(async ({ browser, playwright }) => {
    api = await playwright.request.newContext();
    const mentor = await apiParticipant(api, 'mentor', 'Rowan Watched', { industries: ['software'] });
    const mentee = await apiParticipant(api, 'mentee', 'Jules Watched', { targetIndustries: ['software'] });
    const accepted = await askAndAccept(api, mentee, mentor);
    expect(accepted.status).toBe('active');
    connectionId = accepted.connectionId;
    // A contact that has happened: after the connection started, before now.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const logged = await api.post(`${e2eEnv.strapiUrl}/api/mentoring/connections/${connectionId}/interactions`, {
      headers: { Authorization: `Bearer ${mentee.jwt}` },
      data: { occurredAt: new Date(Date.now() - 200).toISOString(), mode: 'video', minutes: 45, notes: 'Talked about product roles.' },
    });
    expect(logged.status(), 'log a contact').toBe(201);
    page = await (await browser.newContext()).newPage();
    await logInToAdmin(page, await newProgramStaff(api));
  });

  test.afterAll(async () => {
    await page?.context().close();
    await api?.dispose();
  });

  test('shows the key figures and draws every chart', async ({}, testInfo) => {
    await openPanel(page, 'monitoring', 'Monitoring');
    await expect(page.getByText(/Figures as of/)).toBeVisible();
    for (const chart of ['Requests per week', 'Contacts per month', 'Health over time']) {
      const card = page.getByRole('region', { name: chart });
      await expect(card.locator('svg.recharts-surface').first(), `the ${chart} chart`).toBeVisible();
      await expect(card.locator('.recharts-bar-rectangle, .recharts-area-area').first(), `something drawn in ${chart}`).toBeAttached();
    }
    await expect(page.getByRole('region', { name: 'Pairs at risk' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, testInfo, 'monitoring-dashboard');
  });

  test('opens a pair’s metadata page, without what the pair wrote', async ({}, testInfo) => {
    await openPanel(page, `monitoring/connections/${connectionId}`, 'Jules Watched and Rowan Watched');
    await expect(page.getByText('Metadata only: messages and contact notes stay private to the pair.')).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Video');
    await expect(page.getByRole('main')).not.toContainText('Talked about product roles.');
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, testInfo, 'monitoring-pair');
  });
});
