import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { e2eEnv } from './support/env';
import { expectAccessibleAndLight, join, keepScreenshot, newcomer } from './support/portal';

/**
 * A student's first visit, end to end in one browser: sign up, confirm through the captured email,
 * log in, build the profile step by step, import a LinkedIn export, see suggestions with their
 * percentages, browse mentors and open one. Each page is checked with axe and photographed.
 */
test.describe.configure({ mode: 'serial' });

const LINKEDIN_EXPORT = path.join(__dirname, '..', 'tests', 'fixtures', 'linkedin', 'alex-rivera-export.zip');
const student = newcomer('mentee', 'Jordan Student');

test.describe('a student joins and finds a mentor', () => {
  let context: BrowserContext;
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    context = await browser.newContext({ baseURL: e2eEnv.siteUrl });
    page = await context.newPage();
  });
  test.afterAll(() => context?.close());

  test('signs up as a student, confirms through the email and lands on the dashboard', async ({}, testInfo) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Join as a student' }).first().click();
    await expect(page.getByLabel('A student, looking for a mentor')).toBeChecked();
    await keepScreenshot(page, testInfo, 'signup');

    await join(page, student, e2eEnv.siteUrl);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome, Jordan');
    await expect(page.getByRole('navigation', { name: 'Portal' })).toBeVisible();
    const [session] = (await context.cookies()).filter((cookie) => cookie.name === 'mentoring_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('mentoring_session');
    await keepScreenshot(page, testInfo, 'dashboard-new-student');
  });

  test('fills in the first steps of the profile and watches the meter rise', async ({}, testInfo) => {
    await page.getByRole('link', { name: 'My profile' }).click();
    await expect(page.getByRole('navigation', { name: 'Profile steps' })).toBeVisible();
    const before = Number((await page.locator('.completeness__label strong').textContent())?.replace('%', ''));
    await expectAccessibleAndLight(page);
    await keepScreenshot(page, testInfo, 'profile-about-step');

    await page.getByLabel('Headline').fill('MBA student moving from engineering into product');
    await page.getByLabel('Bio').fill('Six years as a software engineer; now learning how products are shaped.');
    await page.getByRole('button', { name: 'Save and continue' }).click();

    await expect(page).toHaveURL(/step=background&notice=saved/);
    await expect(page.getByRole('status')).toHaveText('Saved.');
    const after = Number((await page.locator('.completeness__label strong').textContent())?.replace('%', ''));
    expect(after).toBeGreaterThan(before);
    await keepScreenshot(page, testInfo, 'profile-background-step');
  });

  test('a mistake is shown beside its field, with everything typed kept', async () => {
    await page.getByLabel('City').fill('Boston');
    await page.getByLabel('Time zone').fill('America/New_York');
    const firstSchool = page.getByRole('group', { name: 'Add a school' });
    await firstSchool.getByLabel('School').fill('Harborview School of Management');
    await firstSchool.getByLabel('Year').fill('20x6');
    await page.getByRole('button', { name: 'Save and continue' }).click();

    const year = page.getByRole('group', { name: 'School 1' }).getByLabel('Year');
    await expect(year).toHaveValue('20x6');
    await expect(year).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await year.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${describedBy.split(' ').pop()}"]`)).toContainText('Enter a year between 1940 and 2100');
    await expect(page.getByRole('alert')).toContainText('School 1: year');
    await expect(page.getByLabel('City')).toHaveValue('Boston');
    await expectAccessibleAndLight(page);

    await year.fill('2026');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expect(page).toHaveURL(/step=experience&notice=saved/);
    await expectAccessibleAndLight(page);
  });

  test('imports a LinkedIn export, compares it with the profile and applies the chosen fields', async ({}, testInfo) => {
    await page.goto('/portal/profile?step=import');
    await expectAccessibleAndLight(page);
    await page.getByLabel('Your LinkedIn export').setInputFiles(LINKEDIN_EXPORT);
    await page.getByRole('button', { name: 'Read my export' }).click();

    await expect(page.getByRole('heading', { name: 'What we read from your export' })).toBeVisible();
    const headline = page.locator('.review__row', { hasText: 'Headline' });
    await expect(headline).toContainText('VP of Product at Brightline Analytics');
    await expect(headline).toContainText('MBA student moving from engineering into product');
    // The profile has a headline already: keeping it is the default.
    await expect(headline.getByRole('checkbox')).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Experience/ })).toBeChecked();
    await expectAccessibleAndLight(page);
    await keepScreenshot(page, testInfo, 'linkedin-review');

    await page.getByRole('checkbox', { name: /^Languages/ }).check();
    await page.getByRole('button', { name: 'Add the ticked fields to my profile' }).click();

    await expect(page.getByRole('status')).toContainText('Your LinkedIn details are in your profile');
    await page.goto('/portal/profile?step=experience');
    await expect(page.getByRole('group', { name: 'Role 1' }).getByLabel('Organization')).toHaveValue(/Brightline Analytics|Cedar & Stone Consulting/);
    await page.goto('/portal/profile?step=about');
    await expect(page.getByLabel('Headline')).toHaveValue('MBA student moving from engineering into product');
  });

  test('says what they are aiming for, picking terms and typing their own', async ({}, testInfo) => {
    await page.goto('/portal/profile?step=goals');
    await page.getByLabel('Career goals').fill('Move into product management in technology within two years; learn pricing and go-to-market.');
    await page.getByRole('group', { name: 'Industries you are aiming for' }).getByLabel('Technology', { exact: true }).check();
    await page.getByRole('group', { name: 'Functions you are aiming for' }).getByLabel('Product Management', { exact: true }).check();
    await page.getByRole('group', { name: 'Topics you want to learn about' }).getByLabel('Add others, separated by commas').fill('pricing, go to market');
    await page.getByLabel('By video', { exact: true }).check();
    await expectAccessibleAndLight(page);
    await keepScreenshot(page, testInfo, 'profile-goals-step');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page.getByRole('status')).toHaveText('Saved.');
    const topics = page.getByRole('group', { name: 'Topics you want to learn about' });
    // Typed words are normalised to the taxonomy's terms by the CMS.
    await expect(topics.locator('.terms__chosen input:checked')).toHaveCount(await topics.locator('.terms__chosen input').count());
    expect(await topics.locator('.terms__chosen label').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/pricing/i)]));
    await expect(page.getByRole('group', { name: 'Industries you are aiming for' }).getByLabel('Technology', { exact: true })).toBeChecked();
  });

  test('sees suggestions with a percentage and its reasons on the dashboard', async ({}, testInfo) => {
    await page.goto('/portal');
    const suggested = page.getByRole('region', { name: 'Suggested for you' });
    const cards = suggested.getByRole('article');
    await expect(cards).toHaveCount(3);
    for (const card of await cards.all()) {
      await expect(card.locator('.match')).toHaveText(/^\s*\d{1,3}% match/);
      await expect(card.getByRole('list', { name: 'Why this match' }).getByRole('listitem').first()).toBeVisible();
    }
    await expectAccessibleAndLight(page);
    await keepScreenshot(page, testInfo, 'dashboard-suggestions');
  });

  test('browses every mentor, best match first, filters them and pages through', async ({}, testInfo) => {
    await page.getByRole('link', { name: 'Browse all mentors' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find a mentor');
    await expect(page.getByRole('region', { name: 'Suggested for you' })).toBeVisible();
    const list = page.getByRole('region', { name: 'All mentors' });
    const percentages = (await list.locator('.match strong').allTextContents()).map((text) => Number(text.replace('%', '')));
    expect(percentages.length).toBeGreaterThan(1);
    expect(percentages).toEqual([...percentages].sort((a, b) => b - a));
    await expectAccessibleAndLight(page);
    await keepScreenshot(page, testInfo, 'mentors-browse');

    await page.getByRole('link', { name: 'Next →' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText('Page 2 of')).toBeVisible();

    await page.goto('/portal/mentors');
    await page.getByLabel('Industry').selectOption('Technology');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/industry=Technology/);
    await expect(page.getByRole('region', { name: 'Suggested for you' })).toHaveCount(0);
    const found = page.getByRole('region', { name: 'Search mentors' }).getByRole('article');
    await expect(found.first()).toBeVisible();
    for (const card of await found.all()) await expect(card.locator('.match')).toBeVisible();
  });

  test('opens a mentor: the percentage, the reasons and the profile', async ({}, testInfo) => {
    const first = page.getByRole('region', { name: 'Search mentors' }).getByRole('article').first();
    const name = (await first.getByRole('heading').textContent())?.trim() ?? '';
    const percentage = (await first.locator('.match strong').textContent())?.trim() ?? '';
    await first.getByRole('link', { name }).click();

    await expect(page).toHaveURL(/\/portal\/mentors\/\w+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    const fit = page.getByRole('region', { name: /How well you fit/ });
    await expect(fit.locator('.match strong')).toHaveText(percentage);
    await expect(fit.getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Can help with' })).toBeVisible();
    await expectAccessibleAndLight(page);
    await keepScreenshot(page, testInfo, 'mentor-profile');
  });

  test('an unknown mentor or mentee is the site’s 404 page', async () => {
    for (const path of ['/portal/mentors/nosuchmentor', '/portal/mentees/nosuchmentee', '/portal/mentors/not%20an%20id']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
    }
  });

  test('sees their own profile as other participants do', async ({}, testInfo) => {
    await page.goto('/portal/profile');
    await page.getByRole('link', { name: 'See your profile as others do' }).click();
    await expect(page).toHaveURL(/\/portal\/mentees\/\w+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(student.fullName);
    await expect(page.getByText('Your profile, as others see it')).toBeVisible();
    await expect(page.getByText('Brightline Analytics').first()).toBeVisible();
    await expectAccessibleAndLight(page);
    await keepScreenshot(page, testInfo, 'mentee-profile');
  });

  test('logs out with the header button; the portal then asks to log in again', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/login\?notice=logged-out$/);
    expect((await context.cookies()).some((cookie) => cookie.name === 'mentoring_session')).toBe(false);
    await page.goto('/portal/profile');
    await expect(page).toHaveURL(/\/login\?next=%2Fportal%2Fprofile$/);
  });
});
