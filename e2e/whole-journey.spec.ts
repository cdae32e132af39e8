import path from 'node:path';
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { approvalQueue, decideConnection, overrideProgramRules, programNamed } from './support/admin';
import { e2eEnv } from './support/env';
import { agreeGoal, downloadMyData, logContact, ownProfilePath, proposeGoal, sendMessage, setCapacity } from './support/pairs';
import { expectAccessibleAndLight, join, keepScreenshot, newcomer } from './support/portal';

/**
 * The participant portal from the home page to a mentorship on track, in one run: a student signs
 * up, confirms through the captured email, imports a LinkedIn export and completes the profile,
 * sees suggestions with their percentages and asks a mentor; the mentor (a second browser) sees the
 * countdown and accepts; program staff approve the match through the admin API (the student's
 * cohort requires approval for this test only); the pair agree two goals, log a video meeting and
 * a call, and exchange messages until the health checklist is all done; the student downloads its
 * data. Each participant logs in once (Strapi allows five log-ins per address in five minutes).
 */
test.describe.configure({ mode: 'serial' });

const LINKEDIN_EXPORT = path.join(__dirname, '..', 'tests', 'fixtures', 'linkedin', 'alex-rivera-export.zip');
const PHOTO = path.join(__dirname, '..', 'favicon.png');
const student = newcomer('mentee', 'Avery Journey');
const alumna = newcomer('mentor', 'Quinn Alumna');
const GOALS = ['Choose between product and consulting offers by March', 'Run one pricing experiment in my summer internship'];

test.describe('a student’s whole journey, from the home page to a mentorship on track', () => {
  test.describe.configure({ timeout: 60_000 });
  let api: APIRequestContext;
  let menteeContext: BrowserContext;
  let mentorContext: BrowserContext;
  let mentee: Page;
  let mentor: Page;
  let mentorPath = '';
  let workspacePath = '';
  let programId = '';
  /** The cohort's approval rule before this test turned it on, put back afterwards: every spec shares the CMS. */
  let restoreRules: Record<string, unknown> | undefined;
  /** What the cohort's rules ask of a pair: the health checklist's targets. */
  let expected = { contactsPerMonth: 0, goalsToAgree: 0 };

  test.beforeAll(async ({ browser, playwright }) => {
    api = await playwright.request.newContext();
    menteeContext = await browser.newContext({ baseURL: e2eEnv.siteUrl });
    mentorContext = await browser.newContext({ baseURL: e2eEnv.siteUrl });
    mentee = await menteeContext.newPage();
    mentor = await mentorContext.newPage();
  });
  test.afterAll(async () => {
    if (restoreRules) await overrideProgramRules(api, programId, restoreRules);
    await api?.dispose();
    await menteeContext?.close();
    await mentorContext?.close();
  });

  test('a mentor joins and says how many students they can take', async () => {
    await join(mentor, alumna, e2eEnv.siteUrl);
    await setCapacity(mentor, 2);
    mentorPath = await ownProfilePath(mentor);
  });

  test('the student finds the way in from the home page, signs up and confirms through the email', async ({}, testInfo) => {
    await mentee.goto('/');
    await expectAccessibleAndLight(mentee);
    await mentee.getByRole('link', { name: 'Join as a student' }).first().click();
    await expect(mentee.getByLabel('A student, looking for a mentor')).toBeChecked();
    await expectAccessibleAndLight(mentee);

    await join(mentee, student, e2eEnv.siteUrl);
    await expect(mentee.getByRole('heading', { level: 1 })).toHaveText('Welcome, Avery');
    await expectAccessibleAndLight(mentee);
    await keepScreenshot(mentee, testInfo, 'journey-dashboard-new');

    // The dashboard names the student's cohort: this test makes that cohort require staff approval.
    const cohort = (await mentee.locator('.lead').textContent())?.trim() ?? '';
    programId = (await programNamed(api, cohort)).documentId;
    const { restore, inForce } = await overrideProgramRules(api, programId, { approvalRequired: true });
    restoreRules = restore;
    expect(inForce.approvalRequired).toBe(true);
    expected = { contactsPerMonth: Number(inForce.contactsPerMonth), goalsToAgree: Number(inForce.goalsToAgree) };
    expect(expected, 'the cohort asks two contacts a month and two agreed goals').toEqual({ contactsPerMonth: 2, goalsToAgree: 2 });
  });

  test('starts the profile from a LinkedIn export: every field read is ticked but the name given at sign-up', async ({}, testInfo) => {
    await mentee.goto('/portal/profile?step=import');
    await mentee.getByLabel('Your LinkedIn export').setInputFiles(LINKEDIN_EXPORT);
    await mentee.getByRole('button', { name: 'Read my export' }).click();
    await expect(mentee.getByRole('heading', { name: 'What we read from your export' })).toBeVisible();
    const fields = mentee.locator('.review__row').getByRole('checkbox');
    expect(await fields.count()).toBeGreaterThan(3);
    await expect(mentee.getByRole('checkbox', { name: /^Full name/ })).not.toBeChecked();
    for (const field of await fields.all()) if ((await field.getAttribute('value')) !== 'fullName') await expect(field).toBeChecked();
    await expectAccessibleAndLight(mentee);
    await keepScreenshot(mentee, testInfo, 'journey-linkedin-review');

    await mentee.getByRole('button', { name: 'Add the ticked fields to my profile' }).click();
    await expect(mentee.getByRole('status')).toContainText('Your LinkedIn details are in your profile');
    await mentee.goto('/portal/profile?step=about');
    await expect(mentee.getByLabel('Headline')).toHaveValue(/VP of Product at Brightline Analytics/);
  });

  test('completes the profile: a photo, the LinkedIn address, goals and interests bring it to 100%', async ({}, testInfo) => {
    const meter = mentee.locator('.completeness__label strong');
    const before = Number((await meter.textContent())?.replace('%', ''));
    expect(before).toBeLessThan(100);

    await mentee.getByLabel('Add a photo').setInputFiles(PHOTO);
    await mentee.getByRole('button', { name: 'Upload photo' }).click();
    await expect(mentee.getByRole('status')).toHaveText('Your photo is updated.');
    await mentee.getByLabel('Headline').fill('MBA student heading into product management');
    await mentee.getByLabel('LinkedIn profile').fill('https://www.linkedin.com/in/avery-journey');
    await mentee.getByRole('button', { name: 'Save and continue' }).click();
    await expect(mentee).toHaveURL(/step=background&notice=saved/);

    await mentee.goto('/portal/profile?step=goals');
    await mentee.getByLabel('Career goals').fill('Lead a product team in a technology company within five years.');
    await mentee.getByLabel('Personal goals').fill('Speak with more confidence in front of senior people.');
    await mentee.getByRole('group', { name: 'Industries you are aiming for' }).getByLabel('Technology', { exact: true }).check();
    await mentee.getByRole('group', { name: 'Functions you are aiming for' }).getByLabel('Product Management', { exact: true }).check();
    await mentee.getByRole('group', { name: 'Topics you want to learn about' }).getByLabel('Add others, separated by commas').fill('pricing, negotiation');
    await mentee.getByLabel('Academic program').fill('MBA');
    await mentee.getByLabel('Graduation year').fill('2027');
    await mentee.getByLabel('By video', { exact: true }).check();
    await mentee.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(mentee.getByRole('status')).toHaveText('Saved.');
    await expect(meter).toHaveText('100%');
    await expectAccessibleAndLight(mentee);
    await keepScreenshot(mentee, testInfo, 'journey-profile-complete');
  });

  test('sees suggestions with a percentage, finds the mentor and asks', async ({}, testInfo) => {
    await mentee.goto('/portal');
    const suggestions = mentee.getByRole('region', { name: 'Suggested for you' }).getByRole('article');
    await expect(suggestions.first()).toBeVisible();
    for (const card of await suggestions.all()) await expect(card.locator('.match')).toHaveText(/^\s*\d{1,3}% match/);
    await expectAccessibleAndLight(mentee);
    await keepScreenshot(mentee, testInfo, 'journey-suggestions');

    await mentee.goto(`/portal/mentors?q=${encodeURIComponent(alumna.fullName)}`);
    const card = mentee.getByRole('article').filter({ hasText: alumna.fullName });
    await expect(card.locator('.match')).toHaveText(/\d{1,3}% match/);
    await card.getByRole('link', { name: alumna.fullName }).click();
    await expect(mentee).toHaveURL(new RegExp(`${mentorPath}$`));
    await expect(mentee.getByRole('region', { name: /How well you fit/ }).locator('.match strong')).toHaveText(/^\d{1,3}%$/);

    await mentee.getByLabel('Your message').fill('I am moving from engineering into product. Could you help me choose my first role?');
    await mentee.getByRole('button', { name: 'Send the request' }).click();
    await expect(mentee).toHaveURL(/\/portal\/requests\?notice=request-sent$/);
    await expect(mentee.getByRole('region', { name: 'Waiting for an answer' })).toContainText(alumna.fullName);
    await expectAccessibleAndLight(mentee);
  });

  test('the mentor sees the countdown and accepts; the match waits for staff', async ({}, testInfo) => {
    await mentor.goto('/portal');
    await mentor.getByRole('link', { name: /1 request waiting for your answer/ }).click();
    const waiting = mentor.getByRole('region', { name: 'Waiting for an answer' });
    await expect(waiting).toContainText(/answer due in 4[78] h/);
    await expect(waiting).toContainText('moving from engineering into product');
    await expect(waiting).toContainText('MBA, class of 2027');
    // A student with a full profile: studies, goals and interests beside their terms must still fit a phone.
    await expectAccessibleAndLight(mentor);
    await keepScreenshot(mentor, testInfo, 'journey-request-countdown');

    await waiting.getByRole('button', { name: `Accept ${student.fullName}` }).click();
    await expect(mentor).toHaveURL(/\/portal\/requests\?notice=request-accepted-approval$/);
    await expect(mentor.getByRole('status')).toContainText('Program staff will approve the connection shortly');

    await mentor.goto('/portal');
    const mine = mentor.getByRole('region', { name: 'Your mentees' });
    await expect(mine.getByRole('listitem').filter({ hasText: student.fullName })).toContainText('Waiting for program staff to approve');
    workspacePath = (await mine.getByRole('link', { name: student.fullName }).getAttribute('href')) ?? '';
    expect(workspacePath).toMatch(/^\/portal\/connections\/\w+$/);

    await mentee.goto(workspacePath);
    await expect(mentee.getByRole('heading', { name: 'Waiting for program staff to approve' })).toBeVisible();
    await expect(mentee.getByText('Program staff approve new connections; you can start once they have.')).toBeVisible();
    // Nothing to write yet: goals, contacts and messages open with the approval.
    await expect(mentee.getByLabel(`Message to ${alumna.fullName}`)).toHaveCount(0);
  });

  test('staff approve the match through the admin API; both see the mentorship running', async ({}, testInfo) => {
    const connectionId = workspacePath.split('/').pop()!;
    const queued = (await approvalQueue(api)).find((connection) => connection.documentId === connectionId);
    expect(queued).toMatchObject({ program: { documentId: programId }, mentee: { fullName: student.fullName }, mentor: { fullName: alumna.fullName } });
    expect(await decideConnection(api, connectionId, 'approve', 'Welcome: a good fit on product.')).toMatchObject({ status: 'active' });

    for (const page of [mentee, mentor]) {
      await page.goto(workspacePath);
      await expect(page.locator('.lead')).toContainText(/^Active · until /);
      await expect(page.getByRole('heading', { name: /How it is going/ })).toBeVisible();
    }
    const health = mentee.getByRole('region', { name: /How it is going/ });
    await expect(health).toContainText(`Goals agreed: 0 of ${expected.goalsToAgree}`);
    await expect(health).toContainText(`Contacts this month: 0 of ${expected.contactsPerMonth}`);
    await expect(health.getByRole('listitem')).toHaveCount(3);
    for (const item of await health.getByRole('listitem').all()) await expect(item).toContainText('To do:');
    await expectAccessibleAndLight(mentee);
    await keepScreenshot(mentee, testInfo, 'journey-workspace-start');
  });

  test('the pair agree two goals, each proposed by one side', async () => {
    await proposeGoal(mentor, GOALS[0]!, 'Career management', student.fullName);
    await mentee.goto(workspacePath);
    await agreeGoal(mentee, GOALS[0]!);
    await proposeGoal(mentee, GOALS[1]!, 'Personal growth', alumna.fullName);
    await mentor.goto(workspacePath);
    await agreeGoal(mentor, GOALS[1]!);
    await expect(mentor.getByRole('region', { name: /How it is going/ })).toContainText(`Done: Goals agreed: 2 of ${expected.goalsToAgree}`);
  });

  test('the student logs their video meeting, the mentor a follow-up call, and they exchange messages', async () => {
    await mentee.goto(workspacePath);
    await logContact(mentee, 'Video call', { minutes: 45, notes: 'First meeting: my two offers and how to compare them.' });
    await expect(mentee.getByRole('region', { name: /How it is going/ })).toContainText(/Done:\s+A meeting in (the first month|the first \d+ days): done/);

    await sendMessage(mentee, alumna.fullName, 'Thank you for the call. My notes on both offers follow on Friday.');
    await mentor.goto(workspacePath);
    await expect(mentor.getByRole('region', { name: 'Messages' })).toContainText('My notes on both offers follow on Friday.');
    await sendMessage(mentor, student.fullName, 'Looking forward to them: compare the teams, not only the pay.');
    await logContact(mentor, 'Phone', { minutes: 20 });
  });

  test('the health checklist is all done and the mentorship is on track, for both', async ({}, testInfo) => {
    for (const page of [mentor, mentee]) {
      await page.goto(workspacePath);
      const health = page.getByRole('region', { name: 'How it is going: On track' });
      await expect(health).toContainText(`Contacts this month: ${expected.contactsPerMonth} of ${expected.contactsPerMonth}`);
      await expect(health).toContainText(`Goals agreed: ${expected.goalsToAgree} of ${expected.goalsToAgree}`);
      await expect(health.getByRole('listitem')).toHaveCount(3);
      for (const item of await health.getByRole('listitem').all()) await expect(item).toContainText('Done:');
      await expect(health.getByText('What to do next')).toHaveCount(0);
    }
    await expect(mentee.getByRole('region', { name: 'Messages' })).toContainText('compare the teams, not only the pay');
    await expectAccessibleAndLight(mentee);
    await keepScreenshot(mentee, testInfo, 'journey-workspace-on-track');

    await mentee.goto('/portal');
    await expect(mentee.getByRole('region', { name: 'Your mentors' }).getByRole('listitem').filter({ hasText: alumna.fullName })).toContainText('On track');
  });

  test('the student downloads its data: its goals, its contacts and the messages it wrote', async () => {
    await mentee.goto('/portal/account');
    await expectAccessibleAndLight(mentee);
    const data = await downloadMyData(mentee);
    expect(data.account).toMatchObject({ email: student.email, role: 'mentee' });
    expect(data.connections).toHaveLength(1);
    const [connection] = data.connections;
    expect(connection).toMatchObject({ status: 'active', mentee: student.fullName, mentor: alumna.fullName });
    expect(connection!.goals.map((goal) => [goal.title, goal.status]).sort()).toEqual(GOALS.map((title) => [title, 'agreed']).sort());
    expect(connection!.interactions.map((contact) => contact.mode).sort()).toEqual(['phone', 'video']);
    expect(connection!.messages.filter((message) => message.author === 'mentee').map((message) => message.body)).toEqual([
      'Thank you for the call. My notes on both offers follow on Friday.',
    ]);
    expect(connection!.messages.map((message) => message.author).sort()).toEqual(['mentee', 'mentor']);
    expect(JSON.stringify(data)).not.toContain(alumna.email);
  });
});
