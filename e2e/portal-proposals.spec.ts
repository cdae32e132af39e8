import { expect, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { apiParticipant, type ApiParticipant } from './support/admin';
import { Staff } from './support/cms';
import { e2eEnv } from './support/env';
import { expectAccessibleAndLight, keepScreenshot, logIn } from './support/portal';

/**
 * Staff-proposed connections in the portal. A cohort of its own (one mentor with two places, two
 * students), so the bulk matching run proposes exactly these pairs whatever the demo cohort holds;
 * staff start the run and release both proposals through the admin API. Then, in a browser
 * context per participant: a student sees the proposal on the dashboard, opens it and confirms;
 * the mentor confirms it too and the workspace opens; the mentor declines the other with a reason,
 * and that student reads what became of it. Global settings are left as they are.
 */
test.describe.configure({ mode: 'serial' });

const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const DECLINE_REASON = 'I am travelling all spring and could not give you the time you deserve.';

interface Run {
  status: string;
  proposals?: { id: string; mentee: { documentId: string }; mentor: { documentId: string } }[];
}

async function ok<T>(response: { status(): number; json(): Promise<unknown>; url(): string }, expected: number, what: string): Promise<T> {
  expect(response.status(), `${what} (${response.url()})`).toBe(expected);
  return (await response.json()) as T;
}

test.describe('proposals from a bulk matching run, in the portal', () => {
  test.describe.configure({ timeout: 90_000 });
  let api: APIRequestContext;
  let mentor: ApiParticipant;
  let confirming: ApiParticipant;
  let declined: ApiParticipant;
  const connectionOf = new Map<string, string>();
  const contexts: BrowserContext[] = [];
  let menteePage: Page;
  let mentorPage: Page;

  test.beforeAll(async ({ browser, playwright }) => {
    api = await playwright.request.newContext();
    const staff = (await Staff.login(api)).authorization;
    // Starts long before the demo cohort, so the demo cohort stays the one new participants join.
    const program = await ok<{ data: { documentId: string } }>(
      await api.post(`${e2eEnv.strapiUrl}/content-manager/collection-types/plugin::mentoring.program`, {
        headers: staff,
        data: { name: `Proposals cohort ${tag}`, startDate: '2020-09-01', endDate: '2099-06-30', timeZone: 'Europe/London' },
      }),
      201,
      'create the cohort',
    );
    mentor = await apiParticipant(api, 'mentor', 'Sasha Proposer', {
      headline: 'Product director at a software company',
      capacity: 2,
      industries: ['software'],
      functions: ['product management'],
      expertise: ['product strategy'],
      experience: [{ title: 'Director of Product', organization: 'Acme Software', startDate: '2016-01-01' }],
    });
    const student = { program: 'MBA', graduationYear: 2027, targetIndustries: ['software'], targetFunctions: ['product management'], interests: ['product strategy'] };
    confirming = await apiParticipant(api, 'mentee', 'Jordan Proposed', { ...student, location: { city: 'London', country: 'United Kingdom', timezone: 'Europe/London' } });
    declined = await apiParticipant(api, 'mentee', 'Taylor Proposed', student);
    for (const [uid, person] of [
      ['mentor-profile', mentor],
      ['mentee-profile', confirming],
      ['mentee-profile', declined],
    ] as const) {
      await ok(
        await api.put(`${e2eEnv.strapiUrl}/content-manager/collection-types/plugin::mentoring.${uid}/${person.profileId}`, {
          headers: staff,
          data: { program: { connect: [{ documentId: program.data.documentId }] } },
        }),
        200,
        `move ${person.fullName} to the cohort`,
      );
    }

    const started = await ok<{ id: string }>(
      await api.post(`${e2eEnv.strapiUrl}/mentoring/matching-runs`, { headers: staff, data: { program: program.data.documentId } }),
      202,
      'start the run',
    );
    let run: Run = { status: 'queued' };
    await expect
      .poll(
        async () => {
          run = await ok<Run>(await api.get(`${e2eEnv.strapiUrl}/mentoring/matching-runs/${started.id}`, { headers: staff }), 200, 'read the run');
          return run.status;
        },
        { timeout: 30_000 },
      )
      .toBe('completed');
    const proposals = run.proposals ?? [];
    expect(proposals.map((proposal) => proposal.mentee.documentId).sort()).toEqual([confirming.profileId, declined.profileId].sort());
    expect(proposals.every((proposal) => proposal.mentor.documentId === mentor.profileId)).toBe(true);

    const release = await ok<{ released: { proposal: string; connection: { documentId: string; status: string } }[]; refused: unknown[] }>(
      await api.post(`${e2eEnv.strapiUrl}/mentoring/matching-runs/${started.id}/release`, { headers: staff, data: { proposals: proposals.map((proposal) => proposal.id) } }),
      200,
      'release the proposals',
    );
    expect(release.refused).toEqual([]);
    for (const item of release.released) {
      expect(item.connection.status).toBe('proposed');
      connectionOf.set(proposals.find((proposal) => proposal.id === item.proposal)!.mentee.documentId, item.connection.documentId);
    }

    for (let i = 0; i < 3; i += 1) contexts.push(await browser.newContext({ baseURL: e2eEnv.siteUrl }));
    menteePage = await contexts[0]!.newPage();
    mentorPage = await contexts[1]!.newPage();
  });

  test.afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await api?.dispose();
  });

  async function logInAs(page: Page, person: ApiParticipant) {
    await page.goto('/login');
    await logIn(page, { role: 'mentee', fullName: person.fullName, email: person.email, password: person.password });
    await expect(page).toHaveURL(/\/portal$/);
  }

  test('the student sees the proposal on the dashboard, opens it and confirms', async ({}, testInfo) => {
    await logInAs(menteePage, confirming);
    const proposals = menteePage.getByRole('region', { name: 'Proposed by the program' });
    await expect(proposals.getByRole('heading', { name: mentor.fullName })).toBeVisible();
    await expect(proposals).toContainText(/\d+% match/);
    await expect(proposals).toContainText(/answer due in 4[78] h/);
    // The student's own zone, London, names the deadline's time.
    await expect(proposals).toContainText('Europe/London');
    await expect(proposals).toContainText('Neither of you has confirmed yet.');
    await expect(proposals.getByRole('list', { name: `Why you and ${mentor.fullName}` }).getByRole('listitem').first()).toBeVisible();
    // Not yet a mentor of theirs: the proposal is not listed with running connections.
    await expect(menteePage.getByRole('region', { name: 'Your mentors' })).toHaveCount(0);
    await expectAccessibleAndLight(menteePage);
    await keepScreenshot(menteePage, testInfo, 'proposal-dashboard-mentee');

    await proposals.getByRole('link', { name: `Confirm or decline the match with ${mentor.fullName}` }).click();
    await expect(menteePage).toHaveURL(new RegExp(`/portal/connections/${connectionOf.get(confirming.profileId)}$`));
    await expect(menteePage.getByRole('heading', { name: 'What a program proposal is' })).toBeVisible();
    const matched = menteePage.getByRole('region', { name: 'Who the program matched you with' });
    await expect(matched.getByRole('link', { name: mentor.fullName, exact: true })).toBeVisible();
    await expect(matched.getByRole('heading', { name: 'Why you were matched' })).toBeVisible();
    // No workspace while proposed.
    for (const section of ['Goals', 'Contacts and meetings', 'Messages', 'Feedback to the program']) {
      await expect(menteePage.getByRole('heading', { name: section, exact: true })).toHaveCount(0);
    }
    await expectAccessibleAndLight(menteePage);

    await menteePage.getByRole('button', { name: `Confirm the match with ${mentor.fullName}` }).click();
    await expect(menteePage).toHaveURL(/\?notice=proposal-confirmed$/);
    await expect(menteePage.getByRole('status')).toContainText('Thank you for confirming');
    const answer = menteePage.getByRole('region', { name: 'Your answer' });
    await expect(answer).toContainText(`You have confirmed. Waiting for ${mentor.fullName} to confirm.`);
    await expect(answer.getByRole('button', { name: /Confirm the match/ })).toHaveCount(0);
    await expectAccessibleAndLight(menteePage);
    await keepScreenshot(menteePage, testInfo, 'proposal-confirmed-mentee');
  });

  test('the mentor confirms it too: the connection starts and the workspace appears', async ({}, testInfo) => {
    await logInAs(mentorPage, mentor);
    const proposals = mentorPage.getByRole('region', { name: 'Proposed by the program' });
    await expect(proposals.getByRole('listitem').filter({ has: mentorPage.getByRole('heading', { level: 3 }) })).toHaveCount(2);
    await expect(proposals).toContainText(`${confirming.fullName} has confirmed. Your answer is the last one needed.`);
    await expectAccessibleAndLight(mentorPage);
    await keepScreenshot(mentorPage, testInfo, 'proposal-dashboard-mentor');

    await proposals.getByRole('link', { name: `Confirm or decline the match with ${confirming.fullName}` }).click();
    await mentorPage.getByRole('button', { name: `Confirm the match with ${confirming.fullName}` }).click();
    await expect(mentorPage).toHaveURL(/\?notice=proposal-(connected|approval)$/);
    const started = new URL(mentorPage.url()).searchParams.get('notice') === 'proposal-connected';
    await expect(mentorPage.getByRole('status')).toContainText('You have both confirmed');
    await expect(mentorPage.getByRole('heading', { name: 'What a program proposal is' })).toHaveCount(0);
    await expect(mentorPage.getByRole('heading', { name: 'Goals', exact: true })).toBeVisible();
    await expect(mentorPage.getByRole('heading', { name: 'Messages', exact: true })).toBeVisible();
    if (started) await expect(mentorPage.getByRole('button', { name: 'Send' })).toBeVisible();
    await expectAccessibleAndLight(mentorPage);
    await keepScreenshot(mentorPage, testInfo, 'proposal-connected-mentor');

    await menteePage.reload();
    await expect(menteePage.getByRole('heading', { name: 'Goals', exact: true })).toBeVisible();
    await expect(menteePage.getByText(started ? 'Active' : 'Waiting for program staff to approve').first()).toBeVisible();
  });

  test('the mentor declines the other proposal with a reason, and the student reads what became of it', async ({}, testInfo) => {
    await mentorPage.goto('/portal');
    const proposals = mentorPage.getByRole('region', { name: 'Proposed by the program' });
    await expect(proposals.getByRole('heading', { level: 3 })).toHaveCount(1);
    await proposals.getByRole('link', { name: `Confirm or decline the match with ${declined.fullName}` }).click();
    await mentorPage.getByLabel('Reason for declining').fill(DECLINE_REASON);
    await mentorPage.getByRole('button', { name: `Decline the match with ${declined.fullName}` }).click();
    await expect(mentorPage).toHaveURL(/\?notice=proposal-declined$/);
    await expect(mentorPage.getByRole('status')).toContainText('You declined the proposal');
    const ended = mentorPage.getByRole('region', { name: 'This proposal has ended' });
    await expect(ended).toContainText('You declined this proposal.');
    await expect(ended).toContainText(`Reason given: ${DECLINE_REASON}`);
    await expect(mentorPage.getByRole('button', { name: /Confirm the match|Decline the match/ })).toHaveCount(0);
    await expectAccessibleAndLight(mentorPage);

    // Answering again (a form left open in another tab) is refused in words, not with an error page.
    const stale = await mentorPage.request.post(mentorPage.url().replace(/\?.*$/, ''), { form: { intent: 'confirm' }, headers: { Origin: e2eEnv.siteUrl }, maxRedirects: 0 });
    expect(stale.status()).toBe(409);
    expect(await stale.text()).toContain('This proposal has already been answered, or it has ended.');
    await mentorPage.goto('/portal');
    await expect(mentorPage.getByRole('region', { name: 'Proposed by the program' })).toHaveCount(0);

    const studentPage = await contexts[2]!.newPage();
    await logInAs(studentPage, declined);
    await expect(studentPage.getByRole('region', { name: 'Proposed by the program' })).toHaveCount(0);
    // Listed with earlier connections (the mentor, with a place free again, may also be among the suggestions).
    await studentPage.getByRole('region', { name: 'Your mentors' }).getByRole('link', { name: mentor.fullName, exact: true }).click();
    const told = studentPage.getByRole('region', { name: 'This proposal has ended' });
    await expect(told).toContainText(`${mentor.fullName} declined this proposal.`);
    await expect(told).toContainText(`Reason given: ${DECLINE_REASON}`);
    await expect(told.getByRole('link', { name: 'Find a mentor who fits you' })).toBeVisible();
    await expect(studentPage.getByRole('heading', { name: 'Goals', exact: true })).toHaveCount(0);
    await expectAccessibleAndLight(studentPage);
    await keepScreenshot(studentPage, testInfo, 'proposal-declined-mentee');
  });
});
