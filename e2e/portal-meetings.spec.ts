import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { instantOf, wallClock } from '../site/src/lib/time/zone';
import { e2eEnv } from './support/env';
import { ownProfilePath, setCapacity } from './support/pairs';
import { expectAccessibleAndLight, join, keepScreenshot, newcomer } from './support/portal';

/**
 * A pair's meetings and feedback in the workspace, in two browsers: the mentor page says how
 * quickly a new mentor replies and how many places are free; the student sets its time zone,
 * schedules a meeting in it, downloads the calendar file, moves the meeting and cancels it; after
 * a first video call the fit-check form opens, and once sent it thanks the student. The mentor,
 * with no zone of its own, sees and types the same meeting in its cohort's zone.
 */
test.describe.configure({ mode: 'serial' });

const student = newcomer('mentee', 'Noor Student');
const alumnus = newcomer('mentor', 'Ravi Alumnus');
/** The student's own zone; the mentor has none and sees the demo cohort's, New York's. */
const ZONE = 'Asia/Kolkata';
const COHORT_ZONE = 'America/New_York';

/** `YYYYMMDDTHHMMSSZ`, as iCalendar writes a UTC time. */
const icsTime = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

test.describe('meetings and feedback in the workspace', () => {
  let menteeContext: BrowserContext;
  let mentorContext: BrowserContext;
  let mentee: Page;
  let mentor: Page;
  let mentorPath = '';
  let workspacePath = '';
  /** Tomorrow, in the student's zone. */
  const meetingDay = wallClock(new Date(Date.now() + 36 * 3_600_000), ZONE).date;

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

  test('the mentor page says a new mentor has answered too few requests to judge, and how many places are free', async () => {
    await join(mentor, alumnus, e2eEnv.siteUrl);
    await setCapacity(mentor, 3);
    mentorPath = await ownProfilePath(mentor);

    await join(mentee, student, e2eEnv.siteUrl);
    await mentee.goto(mentorPath);
    const facts = mentee.getByRole('list', { name: 'Responsiveness' });
    await expect(facts).toContainText('New mentor: too few answered requests yet to say how quickly they reply');
    await expect(facts).toContainText('3 places free');
    await expectAccessibleAndLight(mentee);
    await mentee.goto(`/portal/mentors?q=${encodeURIComponent(alumnus.fullName)}`);
    await expect(mentee.getByRole('article').filter({ hasText: alumnus.fullName })).toContainText('New mentor · 3 places free');
  });

  test('the pair connects; the student sets its time zone', async () => {
    await mentee.goto(mentorPath);
    await mentee.getByLabel('Your message').fill('I am a first-year student interested in climate tech. Could we talk about your path?');
    await mentee.getByRole('button', { name: 'Send the request' }).click();
    await expect(mentee).toHaveURL(/notice=request-sent/);

    await mentor.goto('/portal/requests');
    await mentor.getByRole('button', { name: `Accept ${student.fullName}` }).click();
    await expect(mentor).toHaveURL(/\/portal\/connections\/\w+\?notice=request-accepted$/);
    workspacePath = new URL(mentor.url()).pathname;

    await mentee.goto('/portal/profile?step=background');
    await mentee.getByLabel('Time zone').fill(ZONE);
    await mentee.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(mentee.getByRole('status')).toContainText('Saved');
  });

  test('the student schedules a meeting in its own zone and downloads the calendar file', async ({}, testInfo) => {
    await mentee.goto(workspacePath);
    const contacts = mentee.getByRole('region', { name: 'Contacts and meetings' });
    await expect(contacts).toContainText('Times are in your time zone, Asia/Kolkata (UTC+05:30).');
    await expect(contacts.getByRole('link', { name: 'Set your time zone in your profile' })).toHaveCount(0);
    await contacts.getByLabel('Date', { exact: true }).fill(meetingDay);
    await contacts.getByLabel('Time (optional)').fill('09:00');
    await contacts.getByLabel('Video call').check();
    await contacts.getByLabel('Minutes (optional)').fill('45');
    await contacts.getByRole('button', { name: 'Log it' }).click();
    await expect(mentee.getByRole('status')).toContainText('The meeting is scheduled');
    const upcoming = mentee.getByRole('region', { name: 'Contacts and meetings' }).getByRole('listitem').filter({ hasText: 'Video call' });
    await expect(upcoming).toContainText('09:00 · 45 min');
    await expectAccessibleAndLight(mentee);
    await keepScreenshot(mentee, testInfo, 'workspace-meeting');

    const link = upcoming.getByRole('link', { name: /Add to my calendar/ });
    const file = await mentee.request.get((await link.getAttribute('href'))!);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(file.headers()['content-disposition']).toMatch(/^attachment; filename="mentoring-meeting-\w+\.ics"$/);
    const ics = (await file.text()).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain(`DTSTART:${icsTime(instantOf(meetingDay, '09:00', ZONE)!)}`);
    expect(ics).toContain('DURATION:PT45M');
    expect(ics).toContain(`Mentoring: ${student.fullName} and ${alumnus.fullName}`);

  });

  test('nobody without a session gets the calendar file', async ({ request }) => {
    const href = await mentee.getByRole('link', { name: /Add to my calendar/ }).getAttribute('href');
    const anonymous = await request.get(`${e2eEnv.siteUrl}${href}`, { maxRedirects: 0 });
    expect(anonymous.status()).toBe(303);
    expect(anonymous.headers().location).toMatch(/\/login\?next=/);
  });

  test('the mentor sees it in the cohort’s zone, moves it there, and the student sees the new time in its own', async () => {
    await mentor.goto(workspacePath);
    const contacts = mentor.getByRole('region', { name: 'Contacts and meetings' });
    await expect(contacts).toContainText('Times are in your time zone, America/New York');
    await expect(contacts.getByRole('link', { name: 'Set your time zone in your profile' })).toBeVisible();
    const startsAt = instantOf(meetingDay, '09:00', ZONE)!;
    const there = wallClock(startsAt, COHORT_ZONE);
    const meeting = contacts.getByRole('listitem').filter({ hasText: 'Video call' });
    await expect(meeting).toContainText(`${there.time} · 45 min`);

    await meeting.getByText('Move or cancel').click();
    await expect(meeting.getByLabel('New date')).toHaveValue(there.date);
    await expect(meeting.getByLabel('New time')).toHaveValue(there.time);
    await meeting.getByLabel('New time').fill('25:00');
    await meeting.getByRole('button', { name: 'Move the meeting' }).click();
    await expect(mentor.getByRole('alert')).toContainText('Give the time as HH:MM');
    await expect(mentor.getByLabel('New time')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessibleAndLight(mentor);

    const moved = new Date(startsAt.getTime() + 90 * 60_000);
    await mentor.getByLabel('New date').fill(wallClock(moved, COHORT_ZONE).date);
    await mentor.getByLabel('New time').fill(wallClock(moved, COHORT_ZONE).time);
    await mentor.getByRole('button', { name: 'Move the meeting' }).click();
    await expect(mentor.getByRole('status')).toContainText('The meeting is moved');

    await mentee.goto(workspacePath);
    await expect(mentee.getByRole('region', { name: 'Contacts and meetings' }).getByRole('listitem').filter({ hasText: 'Video call' })).toContainText('10:30 · 45 min');
    const file = await mentee.request.get((await mentee.getByRole('link', { name: /Add to my calendar/ }).getAttribute('href'))!);
    const ics = (await file.text()).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain(`DTSTART:${icsTime(moved)}`);
    expect(ics).toContain('SEQUENCE:1');
  });

  test('the student cancels the meeting; it stays listed as cancelled', async () => {
    const meeting = mentee.getByRole('region', { name: 'Contacts and meetings' }).getByRole('listitem').filter({ hasText: 'Video call' });
    await meeting.getByText('Move or cancel').click();
    await meeting.getByRole('button', { name: /Cancel the meeting/ }).click();
    await expect(mentee.getByRole('status')).toContainText('The meeting is cancelled');
    const contacts = mentee.getByRole('region', { name: 'Contacts and meetings' });
    await expect(contacts.getByText('Coming up')).toHaveCount(0);
    await expect(contacts).toContainText('10:30 · 45 min · cancelled');
    await expectAccessibleAndLight(mentee);
  });

  test('after a first video call the fit check opens; once sent, it thanks the student', async ({}, testInfo) => {
    const feedback = mentee.getByRole('region', { name: 'Feedback to the program' });
    const fitCheck = feedback.getByRole('group', { name: 'Fit check' });
    await expect(fitCheck).toContainText('opens after your first meeting');
    await expect(feedback.getByRole('group', { name: 'Mid-point feedback' })).toContainText('opens half-way through, on');

    const contacts = mentee.getByRole('region', { name: 'Contacts and meetings' });
    await contacts.getByText('Log a contact or schedule a meeting').click();
    await contacts.getByLabel('Video call').check();
    await contacts.getByRole('button', { name: 'Log it' }).click();
    await expect(mentee.getByRole('status')).toContainText('Your contact is logged');

    const open = mentee.getByRole('region', { name: 'Feedback to the program' }).getByRole('group', { name: 'Fit check' });
    await expect(open).toContainText('Is this mentorship a good fit?');
    await open.getByRole('button', { name: 'Send the fit check' }).click();
    await expect(mentee.getByRole('alert')).toContainText('Choose a rating from 1 to 5');
    await expectAccessibleAndLight(mentee);

    const again = mentee.getByRole('group', { name: 'Fit check' });
    await again.getByLabel('4', { exact: true }).check();
    await again.getByLabel('Comments (optional)').fill('Easy to talk to, and practical.');
    await again.getByRole('button', { name: 'Send the fit check' }).click();
    await expect(mentee.getByRole('status')).toContainText('Thank you for your feedback');
    const thanked = mentee.getByRole('group', { name: 'Fit check' });
    await expect(thanked).toContainText('Thank you: you gave your fit check on');
    await expect(thanked).toContainText('rating 4 of 5');
    await expect(thanked.getByRole('button', { name: 'Send the fit check' })).toHaveCount(0);
    await expectAccessibleAndLight(mentee);
    await keepScreenshot(mentee, testInfo, 'workspace-feedback');

    // The mentor's own fit check is still to give.
    await mentor.goto(workspacePath);
    await expect(mentor.getByRole('group', { name: 'Fit check' }).getByRole('button', { name: 'Send the fit check' })).toBeVisible();
  });
});
