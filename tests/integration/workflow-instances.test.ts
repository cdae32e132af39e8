import { emptySummary, type TickSummary } from '../../cms/server/src/jobs/tick-summary';
import { startInstanceProcess, type RemoteInstance } from '../harness/instance';
import { startApp, type TestApp } from '../harness/strapi';
import { DAY, HOUR, plus, UID } from '../harness/workflow';
import { signUpAccount } from '../harness/participants';

/**
 * Two Strapi instances on one PostgreSQL database, as behind a load balancer: ticking the same
 * `now` at once applies each transition once and writes each notification once; the job lease
 * keeps the scheduled run on one of them. The second instance runs in its own process, as it would
 * in production. (One SQLite file serves one instance only.)
 */
const add = (a: TickSummary, b: TickSummary) => Object.fromEntries(Object.keys(a).map((key) => [key, a[key as keyof TickSummary] + b[key as keyof TickSummary]]));

const onPostgres = process.env.DATABASE_CLIENT === 'postgres';

(onPostgres ? describe : describe.skip)('two instances on one database', () => {
  let first: TestApp;
  let second: RemoteInstance;
  const tickFirst = (now: Date): Promise<TickSummary> => first.strapi.plugin('mentoring').service('workflow').tick(now);
  const tickSecond = (now: Date) => second.call<TickSummary>('workflow', 'tick', now);
  const jobs = () => first.strapi.plugin('mentoring').service('jobs');
  const rows = (uid: string) => first.strapi.db.query(uid);
  const create = (uid: string, data: Record<string, unknown>) => first.strapi.db.query(uid).create({ data: { documentId: newId(), ...data } });
  let counter = 0;
  const newId = () => `instances${String(++counter).padStart(15, '0')}`;

  // Two boots, one after the other: more than one file's usual allowance on a busy machine.
  beforeAll(async () => {
    first = await startApp();
    second = await startInstanceProcess(first);
  }, 240_000);
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  it('apply each transition once and write each notification once when they tick the same now', async () => {
    const profile = async (role: 'mentor' | 'mentee', name: string) => {
      const account = await signUpAccount(first, role, name);
      return rows(role === 'mentor' ? UID.mentor : UID.mentee).findOne({ where: { user: { id: account.userId } }, select: ['id', 'documentId'] });
    };
    const mentee = await profile('mentee', 'Busy Mentee');
    const mentor = await profile('mentor', 'Busy Mentor');
    const leaving = await profile('mentor', 'Leaving Mentor');
    const quiet = [];
    for (let i = 0; i < 5; i += 1) quiet.push(await profile('mentee', `Quiet Mentee ${i}`));

    const now = plus(new Date(), 7 * DAY);
    for (let i = 0; i < 40; i += 1) {
      await create(UID.request, { mentee: mentee.id, mentor: mentor.id, status: 'pending', message: 'Due to expire', respondBy: plus(new Date(), HOUR) });
    }
    for (let i = 0; i < 20; i += 1) {
      await create(UID.request, { mentee: mentee.id, mentor: mentor.id, status: 'pending', message: 'Due a reminder', createdAt: plus(now, -25 * HOUR), respondBy: plus(now, 23 * HOUR) });
    }
    for (let i = 0; i < 20; i += 1) {
      await create(UID.connection, { mentee: mentee.id, mentor: mentor.id, status: 'active', startedAt: plus(now, -2 * DAY), endsAt: plus(now, -HOUR) });
    }
    await rows(UID.mentor).update({ where: { id: leaving.id }, data: { availability: 'leaving', leaveDate: now.toISOString().slice(0, 10) } });
    for (let i = 0; i < 5; i += 1) {
      await create(UID.connection, { mentee: mentee.id, mentor: leaving.id, status: 'active', startedAt: plus(now, -2 * DAY), endsAt: plus(now, 90 * DAY) });
    }

    const [one, two] = await Promise.all([tickFirst(now), tickSecond(now)]);
    const both = add(one, two);

    expect(both).toEqual({
      expired: 40,
      completed: 20,
      lapsed: 0,
      proposalsExpired: 0,
      endedForLeave: 5,
      mentorsWithdrawn: 1,
      reminded: 20,
      flagged: 5,
      feedbackRequested: 40,
      // 40 expiries, 20 reminders, 20 × 4 at completion, 5 × 2 at the leave date, 5 outreach flags
      notifications: 40 + 20 + 80 + 10 + 5,
    });
    expect(await rows(UID.notification).count()).toBe(both.notifications);
    expect(await rows(UID.request).count({ where: { status: 'expired' } })).toBe(40);
    expect(await rows(UID.connection).count({ where: { status: 'completed' } })).toBe(20);
    expect(await rows(UID.connection).count({ where: { status: 'ended_early', endReason: 'mentor left the program' } })).toBe(5);
    expect(await rows(UID.notification).count({ where: { kind: 'outreach_flag' } })).toBe(quiet.length);

    const again = await Promise.all([tickFirst(now), tickSecond(now)]);
    expect(add(...again)).toEqual(emptySummary());
    expect(await rows(UID.notification).count()).toBe(both.notifications);
  });

  it('runs the scheduled tick on one of them: while the first holds the lease, the second skips', async () => {
    const now = new Date();
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const running = jobs().withLease('workflow-tick', jobs().holder, 60_000, now, () => held);
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(await second.call('jobs', 'runTick', now)).toBeNull();
    release();
    expect(await running).toEqual({ ran: true, result: undefined });
    expect(await second.call('jobs', 'runTick', now)).not.toBeNull();
  });
});
