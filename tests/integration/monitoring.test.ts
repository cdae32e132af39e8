import { startApp, type TestApp } from '../harness/strapi';
import { adminToken } from '../harness/admin';
import { lastMonths, lastWeeks, weekStart } from '../../cms/server/src/monitoring/periods';
import { monthKey, monthStart, previousMonthStart } from '../../cms/server/src/workflow/calendar';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const BODY_MARKER = 'secret-body-marker';
const NOTE_MARKER = 'secret-note-marker';

/**
 * Staff monitoring (admin API) over a realistic cohort: two programs, requests in every status,
 * connections in every status, and three active pairs — one on track, one at risk (no meeting in
 * its first month), one inactive (silent for over 30 days) — with contacts, goals, feedback and
 * encrypted-looking messages and notes that no admin response may ever contain.
 */
describe('staff monitoring', () => {
  let app: TestApp;
  let staff: string;
  let outsider: string;
  const now = new Date();
  const at = (ms: number) => new Date(ms);
  const thisMonth = monthStart(now);
  const lastMonth = previousMonthStart(now);
  /** Recent but never before this month's start, whatever the day. */
  const recently = at(Math.max(thisMonth.getTime(), now.getTime() - HOUR));
  const ids: Record<string, { id: number; documentId: string }> = {};

  const q = (name: string) => app.strapi.db.query(`plugin::mentoring.${name}`);
  const create = async (name: string, key: string, data: Record<string, unknown>) => {
    ids[key] = await q(name).create({ data });
    return ids[key];
  };

  beforeAll(async () => {
    app = await startApp();
    staff = await adminToken(app, ['plugin::mentoring.monitoring.read']);
    outsider = await adminToken(app, ['plugin::mentoring.settings.read']);
    const current = await create('program', 'P1', { name: 'Cohort 2026', startDate: at(now.getTime() - 90 * DAY).toISOString().slice(0, 10), endDate: at(now.getTime() + 90 * DAY).toISOString().slice(0, 10) });
    const older = await create('program', 'P2', { name: 'Cohort 2025', startDate: '2025-01-01', endDate: '2025-07-01' });

    const mentor = (key: string, fullName: string, program: { id: number }) => create('mentor-profile', key, { fullName, program: program.id, capacity: 3 });
    const mentee = (key: string, fullName: string, program: { id: number } | null, signedUp: Date) =>
      create('mentee-profile', key, { fullName, program: program?.id ?? null, createdAt: signedUp });
    await mentor('M1', 'Grace Hopper', current);
    await mentor('M2', '=cmd|calc', current);
    await mentor('M3', 'Alan Turing', older);
    await mentee('E1', 'Ada Student', current, at(now.getTime() - 60 * DAY));
    await mentee('E2', 'Lovelace, "Ada"', current, at(now.getTime() - 60 * DAY));
    await mentee('E3', 'Carl Student', current, at(now.getTime() - 60 * DAY));
    await mentee('E4', 'Dana Student', current, at(now.getTime() - 60 * DAY));
    await mentee('E5', 'Eve Silent', current, at(now.getTime() - 30 * DAY));
    await mentee('E8', 'Finn New', current, now);
    await mentee('E6', 'Gil Old', older, at(now.getTime() - 300 * DAY));
    await mentee('E9', 'Hal Unassigned', null, at(now.getTime() - 30 * DAY));

    const request = (key: string, menteeKey: string, mentorKey: string, program: { id: number }, status: string, sent: Date, answeredAfterHours: number | null) =>
      create('mentorship-request', key, {
        mentee: ids[menteeKey].id,
        mentor: ids[mentorKey].id,
        program: program.id,
        status,
        message: 'I would like to learn from you.',
        respondBy: at(sent.getTime() + 48 * HOUR),
        respondedAt: answeredAfterHours === null ? null : at(sent.getTime() + answeredAfterHours * HOUR),
        createdAt: sent,
      });
    await request('R1', 'E1', 'M1', current, 'accepted', at(now.getTime() - 10 * DAY), 2);
    await request('R2', 'E2', 'M1', current, 'declined', at(now.getTime() - 9 * DAY), 10);
    await request('R3', 'E3', 'M2', current, 'pending', at(now.getTime() - HOUR), null);
    await request('R4', 'E4', 'M2', current, 'expired', at(now.getTime() - 20 * DAY), null);
    await request('R5', 'E2', 'M2', current, 'accepted', at(now.getTime() - 8 * DAY), 4);
    await request('R6', 'E4', 'M1', current, 'withdrawn', at(now.getTime() - 5 * DAY), 1);
    await request('R7', 'E6', 'M3', older, 'accepted', at(now.getTime() - 100 * DAY), 30);

    const connection = (key: string, menteeKey: string, mentorKey: string, program: { id: number }, status: string, dates: { startedAt?: Date | null; endedAt?: Date | null }) =>
      create('connection', key, {
        mentee: ids[menteeKey].id,
        mentor: ids[mentorKey].id,
        program: program.id,
        status,
        startedAt: dates.startedAt ?? null,
        endedAt: dates.endedAt ?? null,
        endsAt: at(now.getTime() + 120 * DAY),
      });
    // Every active pair started long enough ago to cover all of last month.
    await connection('C1', 'E1', 'M1', current, 'active', { startedAt: at(lastMonth.getTime() - 20 * DAY) });
    await connection('C2', 'E2', 'M2', current, 'active', { startedAt: at(lastMonth.getTime() - 20 * DAY) });
    await connection('C3', 'E3', 'M1', current, 'active', { startedAt: at(lastMonth.getTime() - 40 * DAY) });
    await connection('C4', 'E4', 'M2', current, 'completed', { startedAt: at(now.getTime() - 200 * DAY), endedAt: at(now.getTime() - 100 * DAY) });
    await connection('C5', 'E2', 'M1', current, 'awaiting_approval', {});
    await connection('C6', 'E6', 'M3', older, 'ended_early', { startedAt: at(now.getTime() - 150 * DAY), endedAt: at(now.getTime() - 120 * DAY) });

    let sequence = 0;
    const contact = (pair: string, occurredAt: Date, mode: string, minutes: number, cancelledAt: Date | null = null) =>
      create('interaction', `I${++sequence}`, {
        connection: ids[pair].id,
        occurredAt,
        mode,
        minutes,
        loggedBy: 'mentee',
        notesCipher: `v1:${NOTE_MARKER}:${sequence}`,
        cancelledAt,
      });
    // C1, on track: met by video on day 21, two contacts last month and two this month.
    await contact('C1', at(lastMonth.getTime() + DAY), 'video', 45);
    await contact('C1', at(lastMonth.getTime() + 10 * DAY), 'phone', 20);
    await contact('C1', recently, 'email', 10);
    await contact('C1', recently, 'message', 5);
    await contact('C1', at(lastMonth.getTime() + 5 * DAY), 'in_person', 60, at(lastMonth.getTime() + 4 * DAY));
    await contact('C1', at(now.getTime() + 2 * DAY), 'in_person', 60);
    // C2, at risk: in touch, but never met in person or by video.
    await contact('C2', at(lastMonth.getTime() + 2 * DAY), 'email', 5);
    await contact('C2', at(lastMonth.getTime() + 3 * DAY), 'email', 5);
    await contact('C2', recently, 'phone', 15);
    await contact('C2', recently, 'phone', 15);
    // C3, inactive: one early video call, then silence.
    await contact('C3', at(lastMonth.getTime() - 35 * DAY), 'video', 30);

    const goal = (pair: string, title: string, status: string, agreedAt: Date | null) =>
      q('goal').create({ data: { connection: ids[pair].id, title, category: 'career_management', status, proposedBy: 'mentee', description: 'private plan', agreedAt } });
    await goal('C1', 'Build a network in fintech', 'agreed', at(lastMonth.getTime()));
    await goal('C1', 'Prepare for interviews', 'achieved', at(lastMonth.getTime()));
    await goal('C2', 'Choose a specialisation', 'agreed', at(lastMonth.getTime()));
    await goal('C2', 'Publish a paper', 'in_progress', at(lastMonth.getTime()));
    await goal('C3', 'Learn Rust', 'proposed', null);
    await goal('C3', 'Run a marathon', 'dropped', null);

    const feedback = (pair: string, side: string, moment: string, rating: number) =>
      q('feedback').create({ data: { connection: ids[pair].id, side, moment, rating, comments: 'private comments' } });
    await feedback('C1', 'mentee', 'midpoint', 4);
    await feedback('C1', 'mentor', 'midpoint', 5);
    await feedback('C4', 'mentee', 'end', 3);
    await feedback('C2', 'mentor', 'fit_check', 2);

    for (const [pair, author] of [['C1', 'mentee'], ['C1', 'mentee'], ['C1', 'mentor'], ['C2', 'mentor']]) {
      await q('message').create({ data: { connection: ids[pair].id, author, bodyCipher: `v1:${BODY_MARKER}` } });
    }
  });
  afterAll(() => app?.stop());

  const get = (path: string, token: string | null = staff) => {
    const request = app.http().get(path);
    return token ? request.set('Authorization', `Bearer ${token}`) : request;
  };
  const noSecrets = (text: string) => {
    expect(text).not.toContain(BODY_MARKER);
    expect(text).not.toContain(NOTE_MARKER);
    expect(text).not.toContain('private plan');
    expect(text).not.toContain('private comments');
  };

  it('computes the dashboard figures of one program', async () => {
    const response = await get(`/mentoring/monitoring?program=${ids.P1.documentId}`);

    expect(response.status).toBe(200);
    noSecrets(response.text);
    const figures = response.body.data;
    expect(figures.program).toMatchObject({ documentId: ids.P1.documentId, name: 'Cohort 2026', current: true });
    expect(figures.programs.map((program: { name: string }) => program.name)).toEqual(['Cohort 2026', 'Cohort 2025']);
    expect(figures.participants).toEqual({ mentors: 2, mentees: 6 });
    expect(figures.menteesNotReachingOut).toEqual({ total: 2, overdue: 1 });
    expect(figures.requests).toEqual({ pending: 1, accepted: 2, declined: 1, expired: 1, withdrawn: 1, total: 6 });
    expect(figures.medianResponseHours).toBe(4);
    expect(figures.acceptanceRate).toBe(0.5);
    expect(figures.connections).toEqual({ awaiting_approval: 1, active: 3, completed: 1, ended_early: 0 });
    expect(figures.health).toEqual({ on_track: 1, at_risk: 1, inactive: 1, reasons: { silence: 1, cadence: 1, first_meeting: 1, goals: 1 } });
    expect(figures.firstMonthMeetings).toEqual({ done: 2, due: 3 });
    expect(figures.goals).toEqual({
      agreed: 4,
      byStatus: { proposed: 1, agreed: 2, in_progress: 1, achieved: 1, dropped: 1 },
      pairsAtTarget: 2,
    });
    expect(figures.feedback).toEqual({
      overall: { average: 3.5, count: 4 },
      byMoment: { fit_check: { average: 2, count: 1 }, midpoint: { average: 4.5, count: 2 }, end: { average: 3, count: 1 }, ad_hoc: { average: null, count: 0 } },
    });
  });

  it('charts contacts per month, requests per week and health over time', async () => {
    const figures = (await get(`/mentoring/monitoring?program=${ids.P1.documentId}`)).body.data;

    expect(figures.contactsPerMonth.map((month: { month: string }) => month.month)).toEqual(lastMonths(now, 6).map((month) => month.key));
    const month = (key: string) => figures.contactsPerMonth.find((entry: { month: string }) => entry.month === key);
    expect(month(monthKey(now))).toEqual({ month: monthKey(now), total: 4, in_person: 0, video: 0, phone: 2, email: 1, message: 1 });
    expect(month(monthKey(lastMonth))).toEqual({ month: monthKey(lastMonth), total: 4, in_person: 0, video: 1, phone: 1, email: 2, message: 0 });
    expect(month(monthKey(at(lastMonth.getTime() - 35 * DAY)))).toMatchObject({ total: 1, video: 1 });

    const weeks = lastWeeks(now, 12);
    expect(figures.requestsPerWeek.map((week: { weekStart: string }) => week.weekStart)).toEqual(weeks.map((week) => week.key));
    const sentDaysAgo = [10, 9, 1 / 24, 20, 8, 5];
    const expected = weeks.map((week) => ({
      weekStart: week.key,
      requests: sentDaysAgo.filter((days) => weekStart(at(now.getTime() - days * DAY)).getTime() === week.start.getTime()).length,
      accepted: [10, 8].filter((days) => weekStart(at(now.getTime() - days * DAY)).getTime() === week.start.getTime()).length,
    }));
    expect(figures.requestsPerWeek).toEqual(expected);

    expect(figures.healthOverTime).toHaveLength(12);
    expect(figures.healthOverTime[11]).toEqual({ weekStart: weeks[11].key, on_track: 1, at_risk: 1, inactive: 1 });
    for (const week of figures.healthOverTime) expect(week.on_track + week.at_risk + week.inactive).toBeLessThanOrEqual(3);
  });

  it('reconstructs past health as the dashboard would have shown it then', async () => {
    const monitoring = app.strapi.plugin('mentoring').service('monitoring');
    const history = (await monitoring.figures(ids.P1.documentId, now)).healthOverTime;
    // From last month on, every active pair had started and its goals were agreed: the live
    // figures read at each week's end must match the reconstruction.
    const weeks = lastWeeks(now, 12);
    let compared = 0;
    for (const [k, week] of weeks.entries()) {
      const end = at(Math.min(now.getTime(), week.end.getTime() - 1));
      if (end < lastMonth) continue;
      const { on_track, at_risk, inactive } = (await monitoring.figures(ids.P1.documentId, end)).health;
      expect(history[k]).toEqual({ weekStart: week.key, on_track, at_risk, inactive });
      compared += 1;
    }
    expect(compared).toBeGreaterThanOrEqual(4);
  });

  it('covers every program when none is named', async () => {
    const response = await get('/mentoring/monitoring');

    expect(response.status).toBe(200);
    const figures = response.body.data;
    expect(figures.program).toBeNull();
    expect(figures.participants).toEqual({ mentors: 3, mentees: 8 });
    expect(figures.menteesNotReachingOut).toEqual({ total: 3, overdue: 2 });
    expect(figures.requests.total).toBe(7);
    expect(figures.medianResponseHours).toBe(7);
    expect(figures.acceptanceRate).toBe(0.6);
    expect(figures.connections).toEqual({ awaiting_approval: 1, active: 3, completed: 1, ended_early: 1 });
    noSecrets(response.text);
  });

  it('lists the pairs at risk, most urgent first, with filters', async () => {
    const response = await get(`/mentoring/monitoring/at-risk?program=${ids.P1.documentId}`);

    expect(response.status).toBe(200);
    noSecrets(response.text);
    expect(response.body.data.map((pair: { documentId: string }) => pair.documentId)).toEqual([ids.C3.documentId, ids.C2.documentId]);
    const [inactive, atRisk] = response.body.data;
    expect(inactive).toMatchObject({
      mentee: { documentId: ids.E3.documentId, fullName: 'Carl Student' },
      mentor: { documentId: ids.M1.documentId, fullName: 'Grace Hopper' },
      program: { documentId: ids.P1.documentId, name: 'Cohort 2026' },
      health: 'inactive',
      lastContactAt: at(lastMonth.getTime() - 35 * DAY).toISOString(),
      contactsThisMonth: 0,
    });
    // From the 20th of a month the cadence rule adds a reminder for the current month to last month's flag.
    expect([...new Set(inactive.reasons.map((reason: { rule: string }) => reason.rule))]).toEqual(['silence', 'cadence', 'goals']);
    expect(atRisk).toMatchObject({ health: 'at_risk', contactsThisMonth: 2, reasons: [{ rule: 'first_meeting', level: 'flag' }] });

    const only = async (query: string) => (await get(`/mentoring/monitoring/at-risk?${query}`)).body.data.map((pair: { documentId: string }) => pair.documentId);
    expect(await only('health=inactive')).toEqual([ids.C3.documentId]);
    expect(await only('health=at_risk')).toEqual([ids.C2.documentId]);
    expect(await only('reason=first_meeting')).toEqual([ids.C2.documentId]);
    expect(await only('reason=goals&health=at_risk')).toEqual([]);
    expect(await only(`program=${ids.P2.documentId}`)).toEqual([]);
  });

  it('exports the at-risk list as CSV, escaped for spreadsheets', async () => {
    const response = await get(`/mentoring/monitoring/at-risk.csv?program=${ids.P1.documentId}`);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="at-risk-pairs-\d{4}-\d{2}-\d{2}\.csv"$/);
    noSecrets(response.text);
    const lines = response.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Mentee,Mentor,Program,Started,Health,Reasons,Last contact,Contacts this month,Connection id');
    expect(lines).toHaveLength(4);
    expect(lines[1].startsWith('Carl Student,Grace Hopper,Cohort 2026,')).toBe(true);
    expect(lines[1]).toContain(`,inactive,no contact in the last 30 days; `);
    expect(lines[2].startsWith(`"Lovelace, ""Ada""",'=cmd|calc,Cohort 2026,`)).toBe(true);
    expect(lines[2].endsWith(`,2,${ids.C2.documentId}`)).toBe(true);
    expect(lines[3]).toBe('');

    const filtered = await get('/mentoring/monitoring/at-risk.csv?health=inactive');
    expect(filtered.text.replace(/^\uFEFF/, '').split('\r\n')).toHaveLength(3);
  });

  it('shows a pair’s metadata and never what the pair wrote', async () => {
    const response = await get(`/mentoring/connections/${ids.C1.documentId}`);

    expect(response.status).toBe(200);
    noSecrets(response.text);
    const pair = response.body.data;
    expect(pair).toMatchObject({
      documentId: ids.C1.documentId,
      status: 'active',
      program: { documentId: ids.P1.documentId, name: 'Cohort 2026' },
      mentee: { documentId: ids.E1.documentId, fullName: 'Ada Student' },
      mentor: { documentId: ids.M1.documentId, fullName: 'Grace Hopper' },
      startedAt: at(lastMonth.getTime() - 20 * DAY).toISOString(),
      endedAt: null,
      health: { status: 'on_track', reasons: [], contactsThisMonth: 2, firstMonthMeetingDone: true, goalsAgreed: 2 },
      counts: { messages: 3, messagesByMentee: 2, messagesByMentor: 1, contacts: 4, cancelledMeetings: 1, minutes: 80 },
    });
    expect(pair.interactions).toHaveLength(6);
    expect(pair.interactions[0]).toEqual({ occurredAt: at(now.getTime() + 2 * DAY).toISOString(), mode: 'in_person', minutes: 60, loggedBy: 'mentee', cancelledAt: null });
    expect(pair.interactions.every((item: object) => Object.keys(item).sort().join() === 'cancelledAt,loggedBy,minutes,mode,occurredAt')).toBe(true);
    expect(pair.goals).toEqual([
      { title: 'Build a network in fintech', category: 'career_management', status: 'agreed', agreedAt: lastMonth.toISOString() },
      { title: 'Prepare for interviews', category: 'career_management', status: 'achieved', agreedAt: lastMonth.toISOString() },
    ]);
    expect(pair.feedback.map((item: { side: string; moment: string; rating: number }) => [item.side, item.moment, item.rating])).toEqual([
      ['mentee', 'midpoint', 4],
      ['mentor', 'midpoint', 5],
    ]);

    for (const key of ['C2', 'C3', 'C4', 'C5', 'C6']) {
      const other = await get(`/mentoring/connections/${ids[key].documentId}`);
      expect(other.status).toBe(200);
      noSecrets(other.text);
    }
    const waiting = (await get(`/mentoring/connections/${ids.C5.documentId}`)).body.data;
    expect(waiting).toMatchObject({ status: 'awaiting_approval', startedAt: null, health: null });
  });

  it('needs the monitor permission, on the server', async () => {
    const paths = ['/mentoring/monitoring', '/mentoring/monitoring/at-risk', '/mentoring/monitoring/at-risk.csv', `/mentoring/connections/${ids.C1.documentId}`];
    for (const path of paths) {
      expect((await get(path, null)).status).toBe(401);
      const refused = await get(path, outsider);
      expect(refused.status).toBe(403);
      noSecrets(refused.text);
    }
  });

  it.each([
    ['/mentoring/monitoring?program=not-an-id', 'program'],
    ['/mentoring/monitoring?program=a&program=b', 'program'],
    ['/mentoring/monitoring?programme=abc', 'programme'],
    ['/mentoring/monitoring/at-risk?health=on_track', 'health'],
    ['/mentoring/monitoring/at-risk?reason=bored', 'reason'],
    ['/mentoring/monitoring/at-risk.csv?program=DROP%20TABLE', 'program'],
    ['/mentoring/connections/not-an-id', 'id'],
  ])('answers %s with 400 naming the field', async (path, field) => {
    const response = await get(path);

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path[0])).toEqual([field]);
  });

  it.each(['/mentoring/monitoring', '/mentoring/monitoring/at-risk', '/mentoring/monitoring/at-risk.csv'])('answers %s for an unknown program with 404', async (path) => {
    expect((await get(`${path}?program=${'x'.repeat(24)}`)).status).toBe(404);
  });

  it('answers 404 for an unknown connection', async () => {
    expect((await get(`/mentoring/connections/${'x'.repeat(24)}`)).status).toBe(404);
  });
});
