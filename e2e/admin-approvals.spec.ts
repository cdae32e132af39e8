import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiParticipant, askAndAccept, logInToAdmin, newProgramStaff, openPanel, seriousViolations, updateSettings, type ApiParticipant } from './support/admin';
import { e2eEnv } from './support/env';
import { keepScreenshot } from './support/portal';

/**
 * A Program staff member works through the Approvals panel: with staff approval on, two mentees'
 * requests are accepted by their mentors (through the API); staff see each match with both
 * profiles, the percentage and the mentor's record, approve one, reject the other with a note, and
 * are left with the designed empty state. Both sides of each pair then see the decision (and the
 * note) on their connection. The emails themselves are checked by the integration tests (outbox
 * rows, tests/integration/approvals.test.ts): the browser tests' Strapi runs without the plugin's
 * jobs (MENTORING_JOBS=false), so workflow mail is queued but not sent there.
 */
test.describe.configure({ mode: 'serial' });

test.describe('admin: approving matches', () => {
  test.describe.configure({ timeout: 90_000 });
  let api: APIRequestContext;
  let page: Page;
  let restore: Record<string, unknown> = {};
  const pairs: { mentee: ApiParticipant; mentor: ApiParticipant; connectionId: string }[] = [];
  const title = (pair: (typeof pairs)[number]) => `${pair.mentee.fullName} and ${pair.mentor.fullName}`;
  /** The connection as a participant sees it in the portal's API. */
  const seenBy = async (person: ApiParticipant, connectionId: string) => {
    const response = await api.get(`${e2eEnv.strapiUrl}/api/mentoring/connections/${connectionId}`, { headers: { Authorization: `Bearer ${person.jwt}` } });
    expect(response.status()).toBe(200);
    return (await response.json()) as { status: string; approvalNote: string | null };
  };

  test.beforeAll(async ({ browser, playwright }) => {
    api = await playwright.request.newContext();
    restore = await updateSettings(api, { approvalRequired: true });
    for (const name of ['Approved', 'Declined']) {
      const mentor = await apiParticipant(api, 'mentor', `Noor ${name}`, {
        headline: 'Head of product at a software company',
        capacity: 2,
        industries: ['software'],
        expertise: ['product strategy'],
        experience: [{ title: 'Head of Product', organization: 'Acme Software', startDate: '2018-01-01' }],
      });
      const mentee = await apiParticipant(api, 'mentee', `Sam ${name}`, {
        program: 'MBA',
        graduationYear: 2027,
        targetIndustries: ['software'],
        interests: ['product strategy'],
        meetingPreference: 'video',
      });
      const { connectionId, status } = await askAndAccept(api, mentee, mentor);
      expect(status).toBe('awaiting_approval');
      pairs.push({ mentee, mentor, connectionId });
    }
    page = await (await browser.newContext()).newPage();
    await logInToAdmin(page, await newProgramStaff(api));
  });

  test.afterAll(async () => {
    await page?.context().close();
    if (api) {
      await updateSettings(api, restore);
      await api.dispose();
    }
  });

  test('shows each match with both profiles, the percentage and reasons, the mentor’s load and record', async ({}, testInfo) => {
    await openPanel(page, 'approvals', 'Approvals');
    await expect(page.getByRole('navigation', { name: 'Mentoring' }).getByRole('link')).toHaveText(['Approvals', 'Monitoring', 'Matching', 'Settings']);
    const match = page.getByRole('article', { name: title(pairs[0]!) });
    await expect(match).toContainText(/\d+% compatible/);
    await expect(match).toContainText('Mentee: Sam Approved');
    await expect(match).toContainText('MBA, class of 2027');
    await expect(match).toContainText('Head of Product at Acme Software');
    await expect(match).toContainText('1 of 2 places held');
    await expect(match).toContainText('Accepts 100% of requests (1 of 1 decided or expired)');
    await expect(match).toContainText('Why they match');
    await expect(match).toContainText('Industry:');
    await expect(match).not.toContainText('I would value your advice');
    await expect(page.getByRole('article', { name: title(pairs[1]!) })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, testInfo, 'approvals-queue');
  });

  test('approves one match: it leaves the queue and the mentorship starts for both', async ({}, testInfo) => {
    const pair = pairs[0]!;
    await page.getByRole('article', { name: title(pair) }).getByRole('button', { name: 'Approve' }).click();
    const dialog = page.getByRole('alertdialog', { name: `Approve ${title(pair)}?` });
    await expect(dialog).toContainText('both participants are emailed');
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, testInfo, 'approvals-dialog');
    await dialog.getByRole('button', { name: 'Approve' }).click();

    await expect(page.getByText('Approved; the participants are being emailed')).toBeVisible();
    await expect(page.getByRole('article', { name: title(pair) })).toHaveCount(0);
    for (const person of [pair.mentee, pair.mentor]) expect(await seenBy(person, pair.connectionId)).toMatchObject({ status: 'active' });
  });

  test('rejects the other with a note: the pair reads the note, and the queue shows its empty state', async ({}, testInfo) => {
    const pair = pairs[1]!;
    await page.getByRole('article', { name: title(pair) }).getByRole('checkbox', { name: `Select ${title(pair)}` }).check();
    await page.getByRole('button', { name: 'Reject selected (1)' }).click();
    const dialog = page.getByRole('alertdialog', { name: `Reject ${title(pair)}?` });
    await dialog.getByLabel('Note to the participants (optional)').fill('Sam and Noor work for the same employer.');
    await dialog.getByRole('button', { name: 'Reject' }).click();

    await expect(page.getByText('Rejected; the participants are being emailed')).toBeVisible();
    await expect(page.getByText('No match is waiting for approval. New ones appear here when a mentor accepts a request.')).toBeVisible();
    for (const person of [pair.mentee, pair.mentor]) {
      expect(await seenBy(person, pair.connectionId)).toMatchObject({ status: 'ended_early', approvalNote: 'Sam and Noor work for the same employer.' });
    }
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, testInfo, 'approvals-empty');
  });
});
