import { startApp, type TestApp } from '../harness/strapi';
import { signUpConfirmed, type Participant } from '../harness/participants';
import { connect } from '../harness/pairs';
import { participantApi } from '../harness/requests';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * What the portal shows beside a mentor and inside a workspace, computed by the API: how quickly a
 * mentor usually answers and how many places are free, the figures the cohort's rules expect of a
 * pair, and the time zone the participant's times are shown in.
 */
describe('portal figures', () => {
  let app: TestApp;
  const api = participantApi(() => app);
  const tag = Date.now().toString(36);
  let mentee: Participant;
  let menteeProfileId: number;

  const profileRow = (role: 'mentor' | 'mentee', who: Participant) =>
    app.strapi.db.query(`plugin::mentoring.${role}-profile`).findOne({ where: { user: { id: who.userId } } });

  async function mentorWith(name: string, capacity: number | null) {
    const who = await signUpConfirmed(app, 'mentor', name, { login: false });
    await api.put(who, '/me/profile', { headline: `${name}, engineer`, capacity });
    const row = await profileRow('mentor', who);
    return { who, id: row.documentId as string, rowId: row.id as number };
  }

  /** A request answered (or not) `afterHours` after it was sent, written straight to the database. */
  const requestTo = (mentorRowId: number, status: string, afterHours: number | null) => {
    const sent = new Date(Date.now() - 20 * DAY);
    return app.strapi.db.query('plugin::mentoring.mentorship-request').create({
      data: {
        mentee: menteeProfileId,
        mentor: mentorRowId,
        status,
        message: 'I would like to learn from you.',
        respondBy: new Date(sent.getTime() + 48 * HOUR),
        respondedAt: afterHours === null ? null : new Date(sent.getTime() + afterHours * HOUR),
        createdAt: sent,
      },
    });
  };

  beforeAll(async () => {
    app = await startApp();
    mentee = await signUpConfirmed(app, 'mentee', `Ada Figures ${tag}`, { login: false });
    menteeProfileId = (await profileRow('mentee', mentee)).id;
  });
  afterAll(() => app?.stop());

  it('tells how quickly a mentor usually answers: the median over accepted and declined requests', async () => {
    const steady = await mentorWith(`Steady Replier ${tag}`, 3);
    for (const [status, hours] of [['accepted', 2], ['declined', 10], ['accepted', 30], ['declined', 50]] as const) await requestTo(steady.rowId, status, hours);
    // Requests nobody answered say nothing about the mentor's replies.
    await requestTo(steady.rowId, 'pending', null);
    await requestTo(steady.rowId, 'withdrawn', 1);
    await requestTo(steady.rowId, 'expired', null);
    const odd = await mentorWith(`Odd Replier ${tag}`, null);
    for (const hours of [5, 1, 70]) await requestTo(odd.rowId, 'accepted', hours);
    const fresh = await mentorWith(`Fresh Replier ${tag}`, 2);
    for (const hours of [1, 3]) await requestTo(fresh.rowId, 'declined', hours);

    const detail = async (id: string) => (await api.get(mentee, `/mentors/${id}`)).body;
    expect((await detail(steady.id)).responsiveness).toEqual({ answeredRequests: 4, typicalReplyHours: 20 });
    expect((await detail(odd.id)).responsiveness).toEqual({ answeredRequests: 3, typicalReplyHours: 5 });
    // Two answers are too few to call typical: the mentor counts as new.
    expect((await detail(fresh.id)).responsiveness).toEqual({ answeredRequests: 2, typicalReplyHours: null });

    const list = await api.get(mentee, `/mentors?q=${encodeURIComponent(`Replier ${tag}`)}&sort=name`);
    expect(list.status).toBe(200);
    expect(list.body.data.map((card: any) => [card.fullName, card.responsiveness])).toEqual([
      [`Fresh Replier ${tag}`, { answeredRequests: 2, typicalReplyHours: null }],
      [`Odd Replier ${tag}`, { answeredRequests: 3, typicalReplyHours: 5 }],
      [`Steady Replier ${tag}`, { answeredRequests: 4, typicalReplyHours: 20 }],
    ]);
    // The mentee's suggestions are cards too.
    const suggested = (await api.get(mentee, '/suggestions?limit=50')).body.data.find((entry: any) => entry.mentor.documentId === steady.id);
    expect(suggested?.mentor).toMatchObject({ responsiveness: { answeredRequests: 4, typicalReplyHours: 20 }, freeSlots: 3 });
  });

  it('counts a mentor’s free places: capacity minus running and awaiting connections, null without a limit', async () => {
    const limited = await mentorWith(`Limited Places ${tag}`, 3);
    const open = await mentorWith(`Open Places ${tag}`, null);
    const other = await signUpConfirmed(app, 'mentee', `Bea Figures ${tag}`, { login: false });
    expect((await api.get(mentee, `/mentors/${limited.id}`)).body).toMatchObject({ freeSlots: 3, responsiveness: { answeredRequests: 0, typicalReplyHours: null } });
    await connect(app, mentee, limited.who);
    await connect(app, other, limited.who, { status: 'awaiting_approval', startedAt: null });
    // A finished connection gives its place back.
    await connect(app, other, limited.who, { status: 'completed', endedAt: new Date() });
    await connect(app, mentee, open.who);
    expect((await api.get(mentee, `/mentors/${limited.id}`)).body.freeSlots).toBe(1);
    expect((await api.get(mentee, `/mentors/${open.id}`)).body.freeSlots).toBeNull();
    const cards = (await api.get(mentee, `/mentors?q=${encodeURIComponent(`Places ${tag}`)}&sort=name`)).body.data;
    expect(cards.map((card: any) => [card.fullName, card.freeSlots])).toEqual([
      [`Limited Places ${tag}`, 1],
      [`Open Places ${tag}`, null],
    ]);
  });

  it('gives a workspace the figures its cohort’s rules expect, and the cohort’s time zone', async () => {
    const program = await app.strapi.db.query('plugin::mentoring.program').create({
      data: { name: `Cohort ${tag}`, startDate: '2026-01-01', endDate: '2026-12-31', rules: { contactsPerMonth: 4, goalsToAgree: 3 }, timeZone: 'America/New_York' },
    });
    const student = await signUpConfirmed(app, 'mentee', `Cy Figures ${tag}`, { login: false });
    await app.strapi.db.query('plugin::mentoring.mentee-profile').update({ where: { user: { id: student.userId } }, data: { program: program.id } });
    const mentor = await mentorWith(`Rule Mentor ${tag}`, null);
    const inCohort = await connect(app, student, mentor.who);
    await app.strapi.db.query('plugin::mentoring.connection').update({ where: { id: inCohort.id }, data: { program: program.id } });
    const outside = await connect(app, mentee, mentor.who);

    const workspace = (await api.get(student, `/connections/${inCohort.documentId}`)).body;
    expect(workspace.health.expected).toEqual({ contactsPerMonth: 4, firstMeetingWithinDays: 30, goalsToAgree: 3 });
    expect(workspace.program).toMatchObject({ name: `Cohort ${tag}`, timeZone: 'America/New_York' });
    expect((await api.get(mentee, `/connections/${outside.documentId}`)).body.health.expected).toEqual({ contactsPerMonth: 2, firstMeetingWithinDays: 30, goalsToAgree: 2 });
    expect((await api.get(student, '/me')).body.program).toMatchObject({ name: `Cohort ${tag}`, timeZone: 'America/New_York' });
  });

  it('refuses a cohort time zone that is not an IANA zone, naming the field', async () => {
    await expect(
      app.strapi.db.query('plugin::mentoring.program').create({ data: { name: `Bad zone ${tag}`, startDate: '2026-01-01', timeZone: 'Mars/Olympus' } }),
    ).rejects.toMatchObject({ details: { errors: [{ path: ['timeZone'] }] } });
  });
});
