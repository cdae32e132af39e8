import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { e2eEnv } from './support/env';

/**
 * Staff try matching weights on a sample student before saving them, and give one program its own
 * rules. One login for the whole file: Strapi limits admin logins per address.
 */
test.describe.configure({ mode: 'serial' });

/** A page.goto boots the whole admin again: up to 20 s on a busy 2-core machine. */
const ADMIN_BOOT_MS = 20_000;

test.describe('admin: weights preview and per-program rules', () => {
  test.describe.configure({ timeout: 90_000 });
  let page: Page;

  async function openSettings() {
    await page.goto(`${e2eEnv.strapiUrl}/admin/plugins/mentoring/settings`);
    await expect(page.getByRole('heading', { name: 'Program settings' })).toBeVisible({ timeout: ADMIN_BOOT_MS });
  }

  /** The mentors in the preview's list, best first. */
  const mentorsIn = (list: Locator) => list.locator(':scope > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-mentor')));

  const setWeight = async (factor: string, level: string) => {
    await page.getByRole('combobox', { name: factor, exact: true }).click();
    await page.getByRole('option', { name: level, exact: true }).click();
  };

  /** axe's serious and critical WCAG 2.1 A/AA violations inside one part of the page. */
  const seriousViolations = async (selector: string) => {
    // The pointer rests on the button it last clicked: the design system's hover shade is not what is judged here.
    await page.mouse.move(0, 0);
    const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}`));
  };

  test.beforeAll(async ({ browser }) => {
    // axe needs a page of a context the test made itself.
    page = await (await browser.newContext()).newPage();
    await page.goto(`${e2eEnv.strapiUrl}/admin/auth/login`);
    await page.getByLabel(/email/i).fill(e2eEnv.admin.email);
    await page.getByLabel(/password/i).fill(e2eEnv.admin.password);
    await page.getByRole('button', { name: /log ?in/i }).click();
    await expect(page).not.toHaveURL(/auth\/login/, { timeout: ADMIN_BOOT_MS });
  });
  test.afterAll(() => page?.context().close());

  test('a sample student’s top mentors re-rank as a weight changes, and nothing is saved', async ({}, testInfo) => {
    await openSettings();
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByText('Pick a student to see the mentors suggested to them')).toBeVisible();

    const picker = preview.getByRole('combobox', { name: 'Sample student' });
    await picker.click();
    const firstOption = page.getByRole('option').first();
    await expect(firstOption).toBeVisible();
    const student = ((await firstOption.textContent()) ?? '').replace(/ \(.*\)$/, '');
    await firstOption.click();

    const list = preview.getByRole('list', { name: `Top mentors for ${student}` });
    await expect(list.locator(':scope > li')).toHaveCount(10, { timeout: 10_000 });
    const before = await mentorsIn(list);
    // Under the saved weights nothing has moved.
    await expect(list.getByText(/^(up|down) \d+ place/)).toHaveCount(0);

    await setWeight('Goals and interests vs. expertise', 'Off (ignored)');
    await setWeight('Industry', 'Off (ignored)');
    await setWeight('Function', 'Off (ignored)');

    await expect.poll(() => mentorsIn(list), { timeout: 10_000 }).not.toEqual(before);
    await expect(list.getByText(/^(up|down) \d+ place|^not in the top list/).first()).toBeAttached();
    await expect(preview.getByText(/%$/).first()).toBeVisible();

    expect(await seriousViolations('section[aria-labelledby="weights-preview-title"]')).toEqual([]);
    await testInfo.attach('settings-weights-preview', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

    // Not saved: a reload shows the saved levels, and the preview starts over.
    await openSettings();
    await expect(page.getByRole('combobox', { name: 'Industry', exact: true })).toContainText('High');
  });

  test('a program gets its own rule, and follows the setting again once cleared', async ({}, testInfo) => {
    await openSettings();
    const section = page.getByRole('region', { name: 'Rules per program' });
    const form = section.getByRole('form');
    const goals = form.getByLabel('Goals per pair', { exact: true });
    await expect(goals).toBeDisabled();
    await expect(goals).toHaveValue('2');

    await form.getByRole('checkbox', { name: 'Goals per pair: use the program-wide setting (2)' }).click();
    await goals.fill('3');
    await form.getByRole('button', { name: /^Update rules of/ }).click();
    await expect(page.getByText(/^Rules of .* updated$/)).toBeVisible();
    await expect(section.getByRole('combobox', { name: 'Program (cohort)' })).toContainText('1 override');

    expect(await seriousViolations('section[aria-labelledby="program-rules-title"]')).toEqual([]);
    await testInfo.attach('settings-program-rules', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

    await openSettings();
    const again = page.getByRole('region', { name: 'Rules per program' }).getByRole('form');
    await expect(again.getByLabel('Goals per pair', { exact: true })).toHaveValue('3');
    await expect(again.getByLabel('Goals per pair', { exact: true })).toBeEnabled();

    // Leave the shared CMS as the other tests expect it.
    await again.getByRole('checkbox', { name: 'Goals per pair: use the program-wide setting (2)' }).click();
    await again.getByRole('button', { name: /^Update rules of/ }).click();
    await expect(page.getByText(/^Rules of .* updated$/).last()).toBeVisible();
    await expect(again.getByLabel('Goals per pair', { exact: true })).toBeDisabled();
    await expect(again.getByLabel('Goals per pair', { exact: true })).toHaveValue('2');
  });
});
