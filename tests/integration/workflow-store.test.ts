import { startApp, type TestApp } from '../harness/strapi';
import { signUpConfirmed } from '../harness/participants';

/** The workflow's persistence primitives: the outbox's dedupe key and conditional updates. */
describe('workflow store', () => {
  let app: TestApp;
  const store = () => app.strapi.plugin('mentoring').service('workflowStore');
  const now = new Date('2026-11-28T12:00:00Z');
  const note = (key: string) => ({ kind: 'outreach_flag' as const, recipient: { role: 'staff' as const }, dedupeKey: key, payload: { menteeId: 'm1', signedUpAt: now } });

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('writes each dedupe key once, however often it is raised', async () => {
    expect(await store().enqueue([note('a'), note('b')], now)).toBe(2);
    expect(await store().enqueue([note('a'), note('c')], now)).toBe(1);
    const rows = await app.strapi.db.query('plugin::mentoring.notification').findMany({ where: { dedupeKey: { $in: ['a', 'b', 'c'] } } });
    expect(rows.map((row: { dedupeKey: string }) => row.dedupeKey).sort()).toEqual(['a', 'b', 'c']);
    expect(rows[0]).toMatchObject({ status: 'pending', recipientRole: 'staff', kind: 'outreach_flag' });
    expect([...(await store().issuedKeys(['a', 'z']))]).toEqual(['a']);
  });

  it('rolls the outbox back with the transaction that raised it', async () => {
    await expect(
      store().inTransaction(async () => {
        await store().enqueue([note('rolled-back')], now);
        throw new Error('cause failed');
      }),
    ).rejects.toThrow('cause failed');
    expect(await app.strapi.db.query('plugin::mentoring.notification').count({ where: { dedupeKey: 'rolled-back' } })).toBe(0);
  });

  it('applies a transition only while the row still has the expected status', async () => {
    const goal = await app.strapi.db.query('plugin::mentoring.goal').create({
      data: { documentId: 'goal0000000000000000000a', title: 'Network', category: 'career_management', status: 'proposed', proposedBy: 'mentee' },
    });
    expect(await store().conditionalUpdate('goal', goal.documentId, 'proposed', { status: 'dropped' })).toBe(true);
    expect(await store().conditionalUpdate('goal', goal.documentId, 'proposed', { status: 'agreed' })).toBe(false);
    expect((await app.strapi.db.query('plugin::mentoring.goal').findOne({ where: { id: goal.id } })).status).toBe('dropped');
  });

  it('aggregates a connection\'s contacts by month, first meeting and agreed goals, and shows it to its pair only', async () => {
    const mentee = await signUpConfirmed(app, 'mentee', 'Ada Mentee');
    const mentor = await signUpConfirmed(app, 'mentor', 'Bo Mentor');
    const stranger = await signUpConfirmed(app, 'mentee', 'Cy Stranger');
    const profile = (uid: string, userId: number) => app.strapi.db.query(uid).findOne({ where: { user: { id: userId } } });
    const menteeProfile = await profile('plugin::mentoring.mentee-profile', mentee.userId);
    const mentorProfile = await profile('plugin::mentoring.mentor-profile', mentor.userId);
    const connection = await app.strapi.documents('plugin::mentoring.connection').create({
      data: { mentee: menteeProfile.id, mentor: mentorProfile.id, status: 'active', startedAt: '2026-10-01T00:00:00Z', endsAt: '2027-04-01T00:00:00Z' } as any,
    });
    const contact = (occurredAt: string, mode: string, cancelledAt: string | null = null) =>
      app.strapi.documents('plugin::mentoring.interaction').create({ data: { connection: connection.id, occurredAt, mode, loggedBy: 'mentee', cancelledAt } as any });
    await contact('2026-10-05T10:00:00Z', 'phone');
    await contact('2026-10-20T10:00:00Z', 'video');
    await contact('2026-11-02T10:00:00Z', 'email');
    await contact('2026-11-03T10:00:00Z', 'in_person', '2026-11-01T00:00:00Z');
    await contact('2026-12-10T10:00:00Z', 'in_person');
    for (const status of ['agreed', 'achieved', 'proposed', 'dropped']) {
      await app.strapi.documents('plugin::mentoring.goal').create({ data: { connection: connection.id, title: status, category: 'academic', status, proposedBy: 'mentor' } as any });
    }

    const activity = (await app.strapi.plugin('mentoring').service('connectionActivity').activityFor([connection.id], now)).get(connection.id);
    expect(activity).toEqual({
      contactsByMonth: { '2026-10': 2, '2026-11': 1 },
      firstMeetingAt: new Date('2026-10-20T10:00:00Z'),
      lastContactAt: new Date('2026-11-02T10:00:00Z'),
      goalsAgreed: 2,
    });

    const pairs = app.strapi.plugin('mentoring').service('pairs');
    const user = (participant: { userId: number }) => app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: participant.userId }, populate: ['role'] });
    const seen = await pairs.connectionFor(await user(mentor), connection.documentId);
    expect(seen.actor.side).toBe('mentor');
    expect(seen.state).toMatchObject({ id: connection.documentId, menteeId: menteeProfile.documentId, mentorId: mentorProfile.documentId, status: 'active' });
    await expect(pairs.connectionFor(await user(stranger), connection.documentId)).rejects.toMatchObject({ name: 'NotFoundError' });
    await expect(pairs.connectionFor(await user(mentee), 'no-such-connection')).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});
