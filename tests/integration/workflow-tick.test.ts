import { emptySummary, type TickSummary } from '../../cms/server/src/jobs/tick-summary';
import { startApp, type TestApp } from '../harness/strapi';
import { DAY, HOUR, plus, UID } from '../harness/workflow';
import { signUpAccount, signUpConfirmed, type Participant } from '../harness/participants';

/**
 * The time rules running against the database: `workflow.tick(now)` with chosen instants (time
 * travel), rows created directly. Each test closes what it opened, so every summary is exact.
 */
const NOTHING = emptySummary();
const changed = (counts: Partial<TickSummary>): TickSummary => ({ ...emptySummary(), ...counts });

interface Person extends Omit<Participant, 'jwt'> {
  profile: { id: number; documentId: string };
  jwt?: string;
}

describe('workflow tick', () => {
  let app: TestApp;
  const service = (name: string) => app.strapi.plugin('mentoring').service(name);
  const tick = (now: Date): Promise<TickSummary> => service('workflow').tick(now);
  const rows = (uid: string) => app.strapi.db.query(uid);
  /** Outbox rows whose dedupe key starts with `prefix`, by key. */
  const outbox = async (prefix: string) =>
    (await rows(UID.notification).findMany({ where: { dedupeKey: { $startsWith: prefix } }, orderBy: { dedupeKey: 'asc' } })) as {
      dedupeKey: string;
      kind: string;
      recipientRole: string;
      recipientId: string | null;
      payload: Record<string, unknown>;
    }[];
  const keys = async (prefix: string) => (await outbox(prefix)).map((row) => row.dedupeKey);

  const person = async (role: 'mentor' | 'mentee', name: string, options: { login?: boolean } = {}): Promise<Person> => {
    const participant = options.login ? await signUpConfirmed(app, role, name) : await signUpAccount(app, role, name);
    const profile = await rows(role === 'mentor' ? UID.mentor : UID.mentee).findOne({ where: { user: { id: participant.userId } }, select: ['id', 'documentId'] });
    return { ...participant, profile };
  };
  const pair = async (name: string) => ({ mentee: await person('mentee', `${name} Mentee`), mentor: await person('mentor', `${name} Mentor`) });
  const connect = (people: { mentee: Person; mentor: Person }, data: Record<string, unknown>) =>
    app.strapi.documents(UID.connection).create({ data: { mentee: people.mentee.profile.id, mentor: people.mentor.profile.id, ...data } as any });
  const contact = (connectionId: number | string, occurredAt: Date, mode: string) =>
    app.strapi.documents(UID.interaction).create({ data: { connection: connectionId, occurredAt, mode, loggedBy: 'mentee' } as any });

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('is not scheduled in tests (MENTORING_JOBS=false): they tick by hand', () => {
    expect((app.strapi.cron.jobs as { name: string | null }[]).map((job) => job.name)).not.toContain('mentoring-workflow-tick');
  });

  // Whatever a test leaves open would be due again at the next test's instants.
  afterEach(async () => {
    await rows(UID.request).updateMany({ where: { status: 'pending' }, data: { status: 'withdrawn' } });
    await rows(UID.connection).updateMany({ where: { status: { $in: ['active', 'awaiting_approval'] } }, data: { status: 'ended_early' } });
  });

  describe('a request nobody answers', () => {
    it('reminds the mentor at 24 h, expires at 48 h and tells the mentee, once', async () => {
      const { mentee, mentor } = await pair('Unanswered');
      const created = await app.strapi.documents(UID.request).create({
        data: { mentee: mentee.profile.id, mentor: mentor.profile.id, status: 'pending', message: 'Could we talk about product roles?', respondBy: plus(new Date(), 48 * HOUR) } as any,
      });
      const asked = new Date(created.createdAt as string);
      await rows(UID.request).update({ where: { id: created.id }, data: { respondBy: plus(asked, 48 * HOUR) } });
      const status = async () => (await rows(UID.request).findOne({ where: { id: created.id } })).status;
      const event = `request:${created.documentId}`;

      expect(await tick(plus(asked, 24 * HOUR - 60_000))).toEqual(NOTHING);
      expect(await keys(event)).toEqual([]);

      expect(await tick(plus(asked, 24 * HOUR))).toEqual(changed({ reminded: 1, notifications: 1 }));
      expect(await outbox(event)).toEqual([
        expect.objectContaining({ dedupeKey: `${event}:reminder@mentor`, kind: 'request_reminder', recipientRole: 'mentor', recipientId: mentor.profile.documentId }),
      ]);

      expect(await tick(plus(asked, 48 * HOUR - 60_000))).toEqual(NOTHING);
      expect(await status()).toBe('pending');

      expect(await tick(plus(asked, 48 * HOUR))).toEqual(changed({ expired: 1, notifications: 1 }));
      expect(await status()).toBe('expired');
      const [told] = (await outbox(`${event}:expired`));
      expect(told).toMatchObject({ kind: 'request_expired', recipientRole: 'mentee', recipientId: mentee.profile.documentId, payload: { suggestionsPath: '/portal/mentors' } });

      expect(await tick(plus(asked, 48 * HOUR))).toEqual(NOTHING);
      expect(await keys(event)).toEqual([`${event}:expired@mentee`, `${event}:reminder@mentor`]);
    });

    it('follows the rules of the request’s cohort over the settings', async () => {
      const { mentee, mentor } = await pair('Cohort');
      const program = await app.strapi.documents(UID.program).create({ data: { name: 'Quick cohort', startDate: '2026-09-01', rules: { requestReminderHours: 12 } } as any });
      const created = await app.strapi.documents(UID.request).create({
        data: { mentee: mentee.profile.id, mentor: mentor.profile.id, program: program.id, status: 'pending', message: 'Hello', respondBy: plus(new Date(), 48 * HOUR) } as any,
      });
      const asked = new Date(created.createdAt as string);

      expect(await tick(plus(asked, 12 * HOUR - 60_000))).toEqual(NOTHING);
      expect(await tick(plus(asked, 12 * HOUR))).toEqual(changed({ reminded: 1, notifications: 1 }));
    });
  });

  describe('a mentee yet to reach out', () => {
    it('is reminded on day 5 and flagged to staff on day 7; one who asked, or never confirmed, is not', async () => {
      const quiet = await person('mentee', 'Quiet Mentee');
      const keen = await pair('Keen');
      await app.strapi.documents(UID.request).create({
        data: { mentee: keen.mentee.profile.id, mentor: keen.mentor.profile.id, status: 'withdrawn', message: 'Hello', respondBy: plus(new Date(), 48 * HOUR) } as any,
      });
      const unconfirmed = await app.http().post('/api/mentoring/signup').send({ email: `unconfirmed-${Date.now()}@example.edu`, password: 'Mentor-Pass-2026', fullName: 'Never Confirmed', role: 'mentee' });
      expect(unconfirmed.status).toBe(201);
      const profile = await rows(UID.mentee).findOne({ where: { id: quiet.profile.id } });
      const signedUp = new Date(profile.createdAt);
      const event = `outreach:${quiet.profile.documentId}`;
      // Any request counts as reaching out, even one taken back since.
      const at = (ms: number) => tick(plus(signedUp, ms));

      expect(await at(5 * DAY - 60_000)).toEqual(NOTHING);
      expect(await at(5 * DAY)).toEqual(changed({ reminded: 1, notifications: 1 }));
      expect(await outbox(event)).toEqual([expect.objectContaining({ dedupeKey: `${event}:reminder@mentee`, recipientId: quiet.profile.documentId })]);
      expect(await at(7 * DAY - 60_000)).toEqual(NOTHING);
      expect(await at(7 * DAY)).toEqual(changed({ flagged: 1, notifications: 1 }));
      expect(await outbox(`${event}:flag`)).toEqual([expect.objectContaining({ kind: 'outreach_flag', recipientRole: 'staff', recipientId: null })]);
      expect(await at(7 * DAY)).toEqual(NOTHING);
      expect(await keys(`outreach:${keen.mentee.profile.documentId}`)).toEqual([]);
    });
  });

  describe('an active connection', () => {
    // A start after today, whatever today is, so the test's rows are new at every instant below.
    const year = new Date().getUTCFullYear() + 1;
    const started = new Date(Date.UTC(year, 0, 10));
    const ends = new Date(Date.UTC(year, 6, 10));
    const feb = `${year}-02`;
    const mar = `${year}-03`;

    it('nudges the pair and flags staff as each rule falls due, once each', async () => {
      const people = await pair('Busy');
      const connection = await connect(people, { status: 'active', startedAt: started, endsAt: ends });
      const id = connection.documentId;
      const at = (iso: string) => tick(new Date(`${iso}Z`));

      // Goals: fewer than two agreed by day 14 (24 January).
      expect(await tick(plus(started, 14 * DAY - 60_000))).toEqual(NOTHING);
      expect(await tick(plus(started, 14 * DAY))).toEqual(changed({ reminded: 2, notifications: 2 }));
      expect(await keys(`goals:${id}`)).toEqual([`goals:${id}:reminder@mentee`, `goals:${id}:reminder@mentor`]);
      // First meeting: none in person or by video by day 21.
      expect(await tick(plus(started, 21 * DAY))).toEqual(changed({ reminded: 2, notifications: 2 }));
      expect(await keys(`first-meeting:${id}`)).toEqual([`first-meeting:${id}:reminder@mentee`, `first-meeting:${id}:reminder@mentor`]);
      // Day 30: both flagged to staff, each once.
      expect(await tick(plus(started, 30 * DAY))).toEqual(changed({ flagged: 2, notifications: 2 }));
      expect(await tick(plus(started, 30 * DAY))).toEqual(NOTHING);
      expect((await outbox(`first-meeting:${id}:flag`))[0]).toMatchObject({ kind: 'first_meeting_flag', recipientRole: 'staff' });
      expect((await outbox(`goals:${id}:flag`))[0]).toMatchObject({ kind: 'goals_flag', recipientRole: 'staff', payload: { agreed: 0, expected: 2 } });

      // Cadence: one contact in February by the 20th, then the month closes with one.
      await contact(connection.id, new Date(`${feb}-03T10:00:00Z`), 'phone');
      expect(await at(`${feb}-19T23:59:00`)).toEqual(NOTHING);
      expect(await at(`${feb}-20T00:00:00`)).toEqual(changed({ reminded: 2, notifications: 2 }));
      expect((await outbox(`cadence:${id}:${feb}:reminder@mentee`))[0].payload).toMatchObject({ contacts: 1, expected: 2 });
      expect(await at(`${feb}-28T23:59:00`)).toEqual(NOTHING);
      expect(await at(`${mar}-01T00:00:00`)).toEqual(changed({ flagged: 1, notifications: 1 }));
      expect(await outbox(`cadence:${id}:${feb}:flag`)).toEqual([
        expect.objectContaining({ kind: 'cadence_flag', recipientRole: 'staff', payload: expect.objectContaining({ month: feb, contacts: 1 }) }),
      ]);

      // A video call on 3 March: "is this a good fit?" the day after.
      await contact(connection.id, new Date(`${mar}-03T18:00:00Z`), 'video');
      expect(await at(`${mar}-04T17:59:00`)).toEqual(NOTHING);
      expect(await at(`${mar}-04T18:00:00`)).toEqual(changed({ notifications: 2 }));
      expect(await keys(`fit-check:${id}`)).toEqual([`fit-check:${id}@mentee`, `fit-check:${id}@mentor`]);

      // Half-way: mid-point feedback (and March, with one contact, flagged when it closed).
      const midpoint = new Date((started.getTime() + ends.getTime()) / 2);
      expect(await tick(midpoint)).toEqual(changed({ feedbackRequested: 2, flagged: 1, notifications: 3 }));
      expect(await keys(`feedback:${id}`)).toEqual([`feedback:${id}:midpoint@mentee`, `feedback:${id}:midpoint@mentor`]);
      expect(await tick(midpoint)).toEqual(NOTHING);
    });

    it('on track, hears nothing', async () => {
      const people = await pair('Steady');
      const connection = await connect(people, { status: 'active', startedAt: started, endsAt: ends });
      for (const goal of ['Network', 'Portfolio']) {
        await app.strapi.documents(UID.goal).create({ data: { connection: connection.id, title: goal, category: 'career_management', status: 'agreed', proposedBy: 'mentee' } as any });
      }
      await contact(connection.id, plus(started, 3 * DAY), 'in_person');
      await contact(connection.id, new Date(`${feb}-05T10:00:00Z`), 'video');
      await contact(connection.id, new Date(`${feb}-15T10:00:00Z`), 'message');

      await tick(plus(started, 5 * DAY)); // the fit check after the first meeting
      expect(await tick(new Date(`${mar}-01T00:00:00Z`))).toEqual(NOTHING);
    });

    it('completes at the program end with end feedback and "continue outside"; a pair never approved lapses', async () => {
      const done = await connect(await pair('Finishing'), { status: 'active', startedAt: plus(ends, -2 * DAY), endsAt: ends });
      const waiting = await connect(await pair('Waiting'), { status: 'awaiting_approval', endsAt: ends });
      const status = async (id: number | string) => (await rows(UID.connection).findOne({ where: { id } })).status;

      // (Not a minute before: the two-day pair's mid-point feedback falls the day before the end.)
      expect(await tick(plus(ends, -36 * HOUR))).toEqual(NOTHING);
      expect(await tick(ends)).toEqual(changed({ completed: 1, lapsed: 1, feedbackRequested: 2, notifications: 6 }));
      expect(await status(done.id)).toBe('completed');
      expect(await outbox(`connection:${done.documentId}:completed`)).toEqual([
        expect.objectContaining({ kind: 'connection_completed', recipientRole: 'mentee', payload: expect.objectContaining({ mayContinueOutsideProgram: true }) }),
        expect.objectContaining({ kind: 'connection_completed', recipientRole: 'mentor' }),
      ]);
      expect(await keys(`feedback:${done.documentId}`)).toEqual([`feedback:${done.documentId}:end@mentee`, `feedback:${done.documentId}:end@mentor`]);
      expect(await rows(UID.connection).findOne({ where: { id: waiting.id } })).toMatchObject({ status: 'ended_early', endReason: 'program ended before approval' });
      expect(await keys(`connection:${waiting.documentId}`)).toEqual([`connection:${waiting.documentId}:lapsed@mentee`, `connection:${waiting.documentId}:lapsed@mentor`]);

      expect(await tick(ends)).toEqual(NOTHING);
    });
  });

  describe('a mentor’s leave date', () => {
    it('withdraws the mentor, ends its pairs, tells each mentee where to find another, once', async () => {
      const mentor = await person('mentor', 'Leaving Mentor');
      const first = await person('mentee', 'First Mentee', { login: true });
      const second = await person('mentee', 'Second Mentee');
      const year = new Date().getUTCFullYear() + 1;
      const leaveDate = `${year}-02-01`;
      const leaves = new Date(`${leaveDate}T00:00:00Z`);
      await rows(UID.mentor).update({ where: { id: mentor.profile.id }, data: { availability: 'leaving', leaveDate } });
      const active = await connect({ mentee: first, mentor }, { status: 'active', startedAt: plus(leaves, -2 * DAY), endsAt: plus(leaves, 150 * DAY) });
      const waiting = await connect({ mentee: second, mentor }, { status: 'awaiting_approval', endsAt: plus(leaves, 150 * DAY) });
      const listed = async () => {
        const response = await app.http().get('/api/mentoring/mentors').query({ q: 'Leaving Mentor' }).set('Authorization', `Bearer ${first.jwt}`);
        expect(response.status).toBe(200);
        return response.body.data.map((card: { documentId: string }) => card.documentId);
      };
      expect(await listed()).toContain(mentor.profile.documentId);

      expect(await tick(plus(leaves, -60_000))).toEqual(NOTHING);
      expect(await tick(leaves)).toEqual(changed({ mentorsWithdrawn: 1, endedForLeave: 2, notifications: 4 }));

      expect(await rows(UID.mentor).findOne({ where: { id: mentor.profile.id } })).toMatchObject({ availability: 'withdrawn', leaveDate });
      for (const [connection, mentee] of [[active, first], [waiting, second]] as const) {
        expect(await rows(UID.connection).findOne({ where: { id: connection.id } })).toMatchObject({ status: 'ended_early', endedBy: 'mentor', endReason: 'mentor left the program' });
        expect(await outbox(`connection:${connection.documentId}:mentor-left`)).toEqual([
          expect.objectContaining({ kind: 'mentor_left', recipientRole: 'mentee', recipientId: mentee.profile.documentId, payload: expect.objectContaining({ suggestionsPath: '/portal/mentors' }) }),
          expect.objectContaining({ kind: 'mentor_left', recipientRole: 'staff' }),
        ]);
      }
      expect(await listed()).not.toContain(mentor.profile.documentId);

      expect(await tick(leaves)).toEqual(NOTHING);
    });
  });

  describe('job lease', () => {
    const jobs = () => service('jobs');

    it('runs the tick for one holder at a time, and skips while another holds it', async () => {
      const now = new Date();
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const other = jobs().withLease('workflow-tick', 'other-instance:1:abcd', 60_000, now, () => held);
      await new Promise((resolve) => setTimeout(resolve, 50));

      expect(await jobs().runTick(now)).toBeNull();
      release();
      expect(await other).toEqual({ ran: true, result: undefined });
      expect(await jobs().runTick(now)).toEqual(NOTHING);
    });

    it('is taken over once its holder’s time runs out, and released after a failed run', async () => {
      const now = new Date();
      const leases = () => app.strapi.db.connection('mentoring_job_leases').where({ name: 'crashing-job' });
      await jobs().withLease('crashing-job', 'a:1:x', 1_000, now, async () => {
        // Another holder took over and "crashed": its lease stays behind until it expires.
        await leases().update({ holder: 'gone:1:y', expires_at: plus(now, 1_000) });
      });
      expect(await jobs().withLease('crashing-job', 'b:2:z', 1_000, plus(now, 1_000), async () => 'early')).toEqual({ ran: false });
      expect(await jobs().withLease('crashing-job', 'b:2:z', 1_000, plus(now, 1_001), async () => 'late')).toEqual({ ran: true, result: 'late' });

      await expect(jobs().withLease('crashing-job', 'c:3:w', 1_000, now, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      expect(await jobs().withLease('crashing-job', 'd:4:v', 1_000, now, async () => 'free again')).toEqual({ ran: true, result: 'free again' });
      expect(await leases().select('holder', 'expires_at')).toEqual([{ holder: null, expires_at: null }]);
    });
  });
});

describe('the scheduled tick', () => {
  let app: TestApp;
  const scheduled = (running: TestApp) =>
    (running.strapi.cron.jobs as { name: string | null; options: { rule: string } }[]).filter((job) => job.name === 'mentoring-workflow-tick');

  beforeAll(async () => {
    app = await startApp({ MENTORING_JOBS: 'true', MENTORING_TICK_CRON: '17 3 * * *' });
  });
  afterAll(() => app?.stop());

  it('is registered with the configured rule where jobs run', () => {
    expect(scheduled(app).map((job) => job.options.rule)).toEqual(['17 3 * * *']);
  });
});
