import { startApp, type TestApp } from '../harness/strapi';

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
});
