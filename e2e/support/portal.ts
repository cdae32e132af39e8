import { gzipSync } from 'node:zlib';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { wcagViolations } from './axe';
import { linkIn, waitForMail } from './mail';

/** A participant the tests create through the site, as a newcomer would. */
export interface Newcomer {
  role: 'mentee' | 'mentor';
  fullName: string;
  email: string;
  password: string;
}

/** An address no earlier run used (the database is fresh per run, the mail folder too). */
export function newcomer(role: Newcomer['role'], fullName: string): Newcomer {
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  return { role, fullName, email: `${fullName.split(' ')[0]!.toLowerCase()}.${tag}@example.edu`, password: `Portal-${tag}-2026` };
}

const ROLE_LABEL = { mentee: 'A student, looking for a mentor', mentor: 'An alumnus or alumna, to mentor students' };

export async function signUp(page: Page, person: Newcomer): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel(ROLE_LABEL[person.role]).check();
  await page.getByLabel('Full name').fill(person.fullName);
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page).toHaveURL(/\/check-email$/);
}

/** Opens the link of the captured confirmation email: the site confirms and asks to log in. */
export async function confirmEmail(page: Page, person: Newcomer, siteUrl: string): Promise<void> {
  const mail = await waitForMail(person.email, /confirm/i);
  await page.goto(linkIn(mail, `${siteUrl}/confirm?confirmation=`));
  await expect(page).toHaveURL(/\/login\?notice=confirmed$/);
  await expect(page.getByRole('status')).toContainText('Your email address is confirmed');
}

export async function logIn(page: Page, person: Newcomer): Promise<void> {
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** Signs up, confirms and logs in: the newcomer ends on the dashboard. */
export async function join(page: Page, person: Newcomer, siteUrl: string): Promise<void> {
  await signUp(page, person);
  await confirmEmail(page, person, siteUrl);
  await logIn(page, person);
  await expect(page).toHaveURL(/\/portal$/);
}

/** A full-page screenshot kept with the run (test-results/ and the HTML report). */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}

/** The issue's budget for each page's client JavaScript, gzipped. */
export const CLIENT_JS_BUDGET_BYTES = 20 * 1024;

/**
 * The JavaScript a page loaded, gzipped as a server would send it: every same-origin script file it
 * fetched (module imports included) and every inline script.
 */
export async function clientScriptBytes(page: Page): Promise<number> {
  const { files, inline } = await page.evaluate(() => ({
    files: performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => new URL(name).origin === location.origin && /\.m?js(\?|$)/.test(new URL(name).pathname)),
    inline: Array.from(document.querySelectorAll('script:not([src])')).map((script) => script.textContent ?? ''),
  }));
  let total = 0;
  for (const url of new Set(files)) total += gzipSync(await (await page.request.get(url)).body()).length;
  for (const text of inline) total += gzipSync(Buffer.from(text)).length;
  return total;
}

/** No axe violations, client JavaScript within budget, and no sideways scrolling at 360 px. */
export async function expectAccessibleAndLight(page: Page): Promise<void> {
  expect(await wcagViolations(page)).toEqual([]);
  expect(await clientScriptBytes(page), 'client JavaScript, gzipped').toBeLessThanOrEqual(CLIENT_JS_BUDGET_BYTES);
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 800 });
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return Array.from(document.querySelectorAll('body *'))
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${Array.from(element.classList).join('.')}`)
      .slice(-5);
  });
  if (viewport) await page.setViewportSize(viewport);
  expect(wide, 'elements wider than a 360 px screen').toEqual([]);
}
