import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { e2eEnv } from './support/env';
import { agreeGoal, downloadMyData, logContact, ownProfilePath, proposeGoal, sendMessage } from './support/pairs';
import { expectAccessibleAndLight, join, keepScreenshot, newcomer } from './support/portal';

/**
 * A pair from request to a working mentorship, in two browser contexts: a student asks a mentor,
 * the mentor sees the countdown and accepts, both open the workspace, agree a goal, log a video
 * contact and exchange messages. A third participant gets the 404 page for that workspace. Each
 * participant logs in once (Strapi allows five log-ins per address in five minutes).
 */
test.describe.configure({ mode: 'serial' });

const student = newcomer('mentee', 'Riley Mentee');
const alumna = newcomer('mentor', 'Morgan Mentor');
const stranger = newcomer('mentee', 'Casey Outsider');
const GOAL = 'Decide between product and consulting roles by March';

test.describe('a mentee requests a mentor and the pair gets going', () => {
  let menteeContext: BrowserContext;
  let mentorContext: BrowserContext;
  let mentee: Page;
  let mentor: Page;
  let mentorPath = '';
  let workspacePath = '';

  test.beforeAll(async ({ browser }) => {
    menteeContext = await browser.newContext({ baseURL: e2eEnv.siteUrl });
    mentorContext = await browser.newContext({ baseURL: e2eEnv.siteUrl });
    mentee = await menteeContext.newPage();
    mentor = await mentorContext.newPage();
  });
  test.afterAll(async () => {
    await menteeContext?.close();
    await mentorContext?.close();
  });

  test('both join; the mentor finds the address of their own page', async () => {
    await join(mentor, alumna, e2eEnv.siteUrl);
    mentorPath = await ownProfilePath(mentor);
    expect(mentorPath).toMatch(/^\/portal\/mentors\/\w+$/);
    // A mentor sees no request form on a mentor page.
    await expect(mentor.getByRole('button', { name: 'Send the request' })).toHaveCount(0);
    await join(mentee, student, e2eEnv.siteUrl);
  });

  test('the mentee asks with a message; a blank one is refused beside the field', async ({}, testInfo) => {
    await mentee.goto(mentorPath);
    const ask = mentee.getByRole('region', { name: `Ask ${alumna.fullName} to mentor you` });
    await expect(ask).toContainText('not a job search');
    await expectAccessibleAndLight(mentee);

    await ask.getByRole('button', { name: 'Send the request' }).click();
    const message = mentee.getByLabel('Your message');
    await expect(message).toHaveAttribute('aria-invalid', 'true');
    await expect(mentee.getByRole('alert')).toContainText('Write a short message');
    await expectAccessibleAndLight(mentee);

    await message.fill('I am an MBA student moving from engineering into product. I would like to learn how you made the same move.');
    await mentee.getByRole('button', { name: 'Send the request' }).click();
    await expect(mentee).toHaveURL(/\/portal\/requests\?notice=request-sent$/);
    await expect(mentee.getByRole('status')).toContainText('Your request is sent');
    const waiting = mentee.getByRole('region', { name: 'Waiting for an answer' });
    await expect(waiting).toContainText(alumna.fullName);
    await expect(waiting).toContainText(/answer due in 4[78] h/);
    await expect(waiting.getByRole('button', { name: /Withdraw the request/ })).toBeVisible();
    await expectAccessibleAndLight(mentee);
    await keepScreenshot(mentee, testInfo, 'requests-mentee');
  });

  test('asking the same mentor again is refused with a clear reason', async () => {
    await mentee.goto(mentorPath);
    await mentee.getByLabel('Your message').fill('Hello again: a second request.');
    await mentee.getByRole('button', { name: 'Send the request' }).click();
    await expect(mentee.getByRole('alert')).toContainText('You have already asked this mentor');
    await expect(mentee.getByLabel('Your message')).toHaveValue('Hello again: a second request.');
  });

  test('the mentor sees the request with the time left and accepts it', async ({}, testInfo) => {
    await mentor.goto('/portal');
    await mentor.getByRole('link', { name: /1 request waiting for your answer/ }).click();
    await expect(mentor).toHaveURL(/\/portal\/requests$/);
    const waiting = mentor.getByRole('region', { name: 'Waiting for an answer' });
    await expect(waiting.getByRole('link', { name: student.fullName })).toBeVisible();
    await expect(waiting).toContainText(/answer due in 4[78] h/);
    await expect(waiting).toContainText('moving from engineering into product');
    await expect(waiting).toContainText('Prefers to meet');
    await expect(waiting.locator('.match')).toContainText(/\d+% match/);
    await expect(waiting.getByLabel('Reason for declining (optional)')).toBeVisible();
    await expectAccessibleAndLight(mentor);
    await keepScreenshot(mentor, testInfo, 'requests-mentor');

    await waiting.getByRole('button', { name: `Accept ${student.fullName}` }).click();
    await expect(mentor).toHaveURL(/\/portal\/connections\/\w+\?notice=request-accepted$/);
    workspacePath = new URL(mentor.url()).pathname;
    await expect(mentor.getByRole('heading', { level: 1 })).toHaveText(`You and ${student.fullName}`);
  });

  test('the workspace shows the health checklist; the mentor proposes a goal', async ({}, testInfo) => {
    const health = mentor.getByRole('region', { name: /How it is going/ });
    await expect(health).toContainText('Contacts this month: 0 of 2');
    await expect(health).toContainText('Goals agreed: 0 of 2');
    await expectAccessibleAndLight(mentor);

    const goals = mentor.getByRole('region', { name: 'Goals' });
    await goals.getByRole('button', { name: 'Propose the goal' }).click();
    await expect(mentor.getByRole('alert')).toContainText('Name the goal');
    await proposeGoal(mentor, GOAL, 'Career management', student.fullName);
    await keepScreenshot(mentor, testInfo, 'workspace-mentor');
  });

  test('the mentee opens it from the dashboard, agrees the goal and logs a video call', async ({}, testInfo) => {
    await mentee.goto('/portal');
    await mentee.getByRole('region', { name: 'Your mentors' }).getByRole('link', { name: alumna.fullName }).click();
    await expect(mentee).toHaveURL(new RegExp(`${workspacePath}$`));

    await agreeGoal(mentee, GOAL);
    await expect(mentee.getByRole('region', { name: /How it is going/ })).toContainText('Goals agreed: 1 of 2');

    await logContact(mentee, 'Video call', { minutes: 45, notes: 'Talked through the first month.' });
    await expect(mentee.getByRole('region', { name: /How it is going/ })).toContainText('Contacts this month: 1 of 2');
    await expectAccessibleAndLight(mentee);
    await keepScreenshot(mentee, testInfo, 'workspace-mentee');
  });

  test('the pair exchange messages', async () => {
    await sendMessage(mentee, alumna.fullName, 'Thank you for the call! I will send my notes on Friday.');

    await mentor.goto(workspacePath);
    const thread = mentor.getByRole('region', { name: 'Messages' });
    await expect(thread).toContainText('I will send my notes on Friday.');
    await sendMessage(mentor, student.fullName, 'Looking forward to them.');

    await mentee.goto(workspacePath);
    await expect(mentee.getByRole('region', { name: 'Messages' })).toContainText('Looking forward to them.');
  });

  test('another participant gets the 404 page for the workspace', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: e2eEnv.siteUrl });
    try {
      const page = await context.newPage();
      await join(page, stranger, e2eEnv.siteUrl);
      for (const path of [workspacePath, '/portal/connections/nosuchconnection']) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
      }
    } finally {
      await context.close();
    }
  });

  test('reminder preferences are saved on the account page', async () => {
    await mentee.goto('/portal/account');
    await expectAccessibleAndLight(mentee);
    await mentee.getByLabel('Once a day, in a single digest').check();
    await mentee.getByRole('button', { name: 'Save preferences' }).click();
    await expect(mentee.getByRole('status')).toContainText('Your reminder preferences are saved');
    await expect(mentee.getByLabel('Once a day, in a single digest')).toBeChecked();
  });

  test('the mentee downloads its data, then deletes its account; the mentor sees the connection ended', async () => {
    const data = await downloadMyData(mentee);
    expect(data.account.email).toBe(student.email);
    expect(data.connections[0]!.messages.length).toBeGreaterThan(0);

    await mentee.getByRole('button', { name: 'Delete my account' }).click();
    await expect(mentee.getByLabel('Your password, to confirm')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessibleAndLight(mentee);
    await mentee.getByLabel('Your password, to confirm').fill(student.password);
    await mentee.getByRole('button', { name: 'Delete my account' }).click();
    await expect(mentee).toHaveURL(/\/login/);
    await expect(mentee.getByRole('status')).toContainText('Your account and your data are deleted');
    await mentee.goto('/portal');
    await expect(mentee).toHaveURL(/\/login/);

    await mentor.goto(workspacePath);
    await expect(mentor.getByText('account deleted')).toBeVisible();
  });
});
