import fs from 'node:fs';
import { expect, type Page } from '@playwright/test';

/**
 * A pair's steps in the portal, as participants take them through the pages: shared by the browser
 * tests that follow a mentorship (portal-pairs, whole-journey).
 */

/** The address of the participant's own profile page as others open it (`/portal/mentors/…`). */
export async function ownProfilePath(page: Page): Promise<string> {
  await page.goto('/portal/profile');
  await page.getByRole('link', { name: 'See your profile as others do' }).click();
  await expect(page).toHaveURL(/\/portal\/(mentors|mentees)\/\w+$/);
  return new URL(page.url()).pathname;
}

/** A mentor says how many mentees they can take at once (the profile's availability step). */
export async function setCapacity(page: Page, places: number): Promise<void> {
  await page.goto('/portal/profile?step=availability');
  await page.getByLabel(/How many mentees at a time/).fill(String(places));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
}

/** Proposes a goal in the open workspace; it waits for the other side to agree. */
export async function proposeGoal(page: Page, title: string, kind: 'Personal growth' | 'Career management' | 'Academic', otherName: string): Promise<void> {
  const goals = page.getByRole('region', { name: 'Goals' });
  await goals.getByLabel('Goal', { exact: true }).fill(title);
  await goals.getByLabel(kind).check();
  await goals.getByRole('button', { name: 'Propose the goal' }).click();
  await expect(page.getByRole('status')).toContainText('Your goal is proposed');
  await expect(page.getByRole('region', { name: 'Goals' }).getByRole('listitem').filter({ hasText: title })).toContainText(`waiting for ${otherName} to agree`);
}

/** Agrees the goal the other side proposed, by its title. */
export async function agreeGoal(page: Page, title: string): Promise<void> {
  await page.getByRole('region', { name: 'Goals' }).getByRole('button', { name: `Agree to “${title}”` }).click();
  await expect(page.getByRole('status')).toContainText('The goal is updated');
}

/** Logs a contact that just happened (the form's date defaults to today, its time to now). */
export async function logContact(page: Page, how: 'Video call' | 'In person' | 'Phone' | 'Email' | 'Message', { minutes, notes }: { minutes?: number; notes?: string } = {}): Promise<void> {
  const contacts = page.getByRole('region', { name: 'Contacts and meetings' });
  // The form is folded away once the pair has logged a contact.
  if (await contacts.getByLabel(how).isHidden()) await contacts.getByText('Log a contact or schedule a meeting').click();
  await contacts.getByLabel(how).check();
  if (minutes !== undefined) await contacts.getByLabel('Minutes (optional)').fill(String(minutes));
  if (notes !== undefined) await contacts.getByLabel('Notes (optional)').fill(notes);
  await contacts.getByRole('button', { name: 'Log it' }).click();
  await expect(page.getByRole('status')).toContainText('Your contact is logged');
  await expect(page.getByRole('region', { name: 'Contacts and meetings' })).toContainText(how);
}

/** Sends a message from the workspace; it shows in the thread. */
export async function sendMessage(page: Page, otherName: string, body: string): Promise<void> {
  await page.getByLabel(`Message to ${otherName}`).fill(body);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Your message is sent');
  await expect(page.getByRole('region', { name: 'Messages' })).toContainText(body);
}

/** What `Download my data` gives, as far as the tests read it. */
export interface MyData {
  account: { email: string; role: string };
  connections: {
    status: string;
    mentee: string | null;
    mentor: string | null;
    goals: { title: string; status: string }[];
    interactions: { mode: string; loggedBy: string }[];
    messages: { author: string; body: string }[];
  }[];
}

/** Downloads the participant's data from the account page and reads the JSON file. */
export async function downloadMyData(page: Page): Promise<MyData> {
  await page.goto('/portal/account');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download my data (JSON)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^mentoring-data-.*\.json$/);
  return JSON.parse(await fs.promises.readFile((await file.path())!, 'utf8')) as MyData;
}
