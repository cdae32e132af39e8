import { expect, test } from '@playwright/test';
import { blockText, programInfo } from './support/cms';

test('home shows the program name, intro, steps and contact from the CMS', async ({ page, request }) => {
  const program = await programInfo(request);
  await page.goto('/');

  await expect(page).toHaveTitle(program.programName);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(program.programName);
  const main = page.getByRole('main');
  if (program.tagline) await expect(main).toContainText(program.tagline);
  for (const block of program.intro ?? []) await expect(main).toContainText(blockText(block));

  const steps = main.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  for (const step of program.howItWorks) {
    const item = steps.filter({ hasText: step.title });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(step.text);
  }

  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText(program.contact.name);
  await expect(footer.getByRole('link', { name: program.contact.email })).toHaveAttribute('href', `mailto:${program.contact.email}`);
  if (program.contact.phone) await expect(footer.getByRole('link', { name: program.contact.phone })).toHaveAttribute('href', /^tel:\+?\d+$/);
});

test('home summarises expectations and invites students and alumni to sign up', async ({ page, request }) => {
  const program = await programInfo(request);
  await page.goto('/');

  const firstMenteeRule = program.menteeExpectations[0]?.text;
  if (firstMenteeRule) await expect(page.getByRole('main')).toContainText(firstMenteeRule);
  await page.getByRole('link', { name: /see all expectations/i }).click();
  await expect(page).toHaveURL(/\/expectations$/);

  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Join as a student' }).first()).toHaveAttribute('href', '/signup?role=mentee');
  await expect(page.getByRole('link', { name: 'Join as an alumni mentor' }).first()).toHaveAttribute('href', '/signup?role=mentor');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Log in' })).toHaveAttribute('href', '/login');
  await page.getByRole('link', { name: 'Join as an alumni mentor' }).first().click();
  await expect(page.getByLabel('An alumnus or alumna, to mentor students')).toBeChecked();
});

test('expectations lists every rule for mentees and mentors and the program period', async ({ page, request }) => {
  const program = await programInfo(request);
  await page.goto('/expectations');

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const [heading, rules] of [
    ['Mentees', program.menteeExpectations],
    ['Mentors', program.mentorExpectations],
  ] as const) {
    const list = page.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) }).getByRole('listitem');
    await expect(list).toHaveText(rules.map((rule) => rule.text));
  }
  if (program.programPeriod) await expect(page.getByRole('main')).toContainText(program.programPeriod);
});
