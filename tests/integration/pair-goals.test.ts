import { startApp, type TestApp } from '../harness/strapi';
import type { Participant } from '../harness/participants';
import { as, connect, fieldsOf, outbox, pairWithStranger, type Connection } from '../harness/pairs';

/** Goals inside a connection: proposed by one side, agreed by both, moved on by either. */
describe('pair goals', () => {
  let app: TestApp;
  let mentee: Participant;
  let mentor: Participant;
  let stranger: Participant;
  let connection: Connection;
  const goalsOf = (id: string) => `/api/mentoring/connections/${id}/goals`;

  beforeAll(async () => {
    app = await startApp();
    ({ mentee, mentor, stranger, connection } = await pairWithStranger(app));
  });
  afterAll(() => app?.stop());

  it('needs both sides to agree a goal, and tells the other side it was proposed', async () => {
    const proposed = await as(app, mentee).post(goalsOf(connection.documentId), { title: '  Build a network in fintech ', category: 'career_management', description: 'Three coffees a month' });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({
      title: 'Build a network in fintech',
      description: 'Three coffees a month',
      category: 'career_management',
      status: 'proposed',
      proposedBy: 'mentee',
      agreedBy: { mentee: true, mentor: false },
      agreedAt: null,
    });
    const id = proposed.body.documentId;

    const told = (await outbox(app, 'goal_proposed')).filter((row: any) => row.payload.goalId === id);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ recipientRole: 'mentor', dedupeKey: `goal:${id}:proposed@mentor` });
    expect(told[0].payload).toMatchObject({ connectionId: connection.documentId, title: 'Build a network in fintech', by: 'mentee' });

    // The proposer agreeing again changes nothing: 409, and it is still only proposed.
    expect((await as(app, mentee).patch(`/api/mentoring/goals/${id}`, { agree: true })).status).toBe(409);
    // Moving on before both agreed is refused.
    const early = await as(app, mentee).patch(`/api/mentoring/goals/${id}`, { status: 'in_progress' });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/both sides must agree/);

    const agreed = await as(app, mentor).patch(`/api/mentoring/goals/${id}`, { agree: true });
    expect(agreed.status).toBe(200);
    expect(agreed.body).toMatchObject({ status: 'agreed', agreedBy: { mentee: true, mentor: true } });
    expect(new Date(agreed.body.agreedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    expect((await as(app, mentor).patch(`/api/mentoring/goals/${id}`, { status: 'in_progress' })).body.status).toBe('in_progress');
    expect((await as(app, mentee).patch(`/api/mentoring/goals/${id}`, { status: 'achieved' })).body.status).toBe('achieved');
    // Achieved is final.
    expect((await as(app, mentee).patch(`/api/mentoring/goals/${id}`, { status: 'dropped' })).status).toBe(409);

    const list = await as(app, mentor).get(goalsOf(connection.documentId));
    expect(list.status).toBe(200);
    expect(list.body.data.map((goal: any) => [goal.documentId, goal.status])).toContainEqual([id, 'achieved']);
  });

  it('agrees and moves on in one call, and lets either side drop a proposal', async () => {
    const proposed = await as(app, mentor).post(goalsOf(connection.documentId), { title: 'Finish the thesis', category: 'academic' });
    expect(proposed.body).toMatchObject({ proposedBy: 'mentor', agreedBy: { mentee: false, mentor: true }, description: null });
    const both = await as(app, mentee).patch(`/api/mentoring/goals/${proposed.body.documentId}`, { agree: true, status: 'in_progress' });
    expect(both.status).toBe(200);
    expect(both.body).toMatchObject({ status: 'in_progress', agreedBy: { mentee: true, mentor: true } });

    const other = await as(app, mentee).post(goalsOf(connection.documentId), { title: 'Public speaking', category: 'personal_growth' });
    const dropped = await as(app, mentor).patch(`/api/mentoring/goals/${other.body.documentId}`, { status: 'dropped' });
    expect(dropped.body).toMatchObject({ status: 'dropped', agreedAt: null });
  });

  it('rolls an agreement back when the move asked with it is refused', async () => {
    const proposed = await as(app, mentor).post(goalsOf(connection.documentId), { title: 'Learn SQL', category: 'academic' });
    const refused = await as(app, mentee).patch(`/api/mentoring/goals/${proposed.body.documentId}`, { agree: true, status: 'proposed' });
    expect(refused.status).toBe(409);
    const goal = (await as(app, mentee).get(goalsOf(connection.documentId))).body.data.find((g: any) => g.documentId === proposed.body.documentId);
    expect(goal).toMatchObject({ status: 'proposed', agreedBy: { mentee: false, mentor: true } });
  });

  it('names the field at fault', async () => {
    const cases: [object, string][] = [
      [{ category: 'academic' }, 'title'],
      [{ title: '   ', category: 'academic' }, 'title'],
      [{ title: 'x'.repeat(201), category: 'academic' }, 'title'],
      [{ title: 'Grow', category: 'wealth' }, 'category'],
      [{ title: 'Grow', category: 'academic', description: 'x'.repeat(2001) }, 'description'],
      [{ title: 'Grow', category: 'academic', status: 'agreed' }, 'status'],
    ];
    for (const [body, field] of cases) {
      const response = await as(app, mentee).post(goalsOf(connection.documentId), body);
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toContain(field);
    }
    const goal = await as(app, mentee).post(goalsOf(connection.documentId), { title: 'Grow', category: 'academic' });
    for (const [body, field] of [[{}, 'status'], [{ agree: false }, 'agree'], [{ status: 'finished' }, 'status'], [{ agree: true, owner: 'me' }, 'owner']] as [object, string][]) {
      const response = await as(app, mentor).patch(`/api/mentoring/goals/${goal.body.documentId}`, body);
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toContain(field);
    }
    expect((await as(app, mentor).patch(`/api/mentoring/goals/${goal.body.documentId}`, ['agree'] as any)).status).toBe(400);
  });

  it('keeps strangers out: 404 on the connection and on its goals, nothing changed', async () => {
    const goal = await as(app, mentee).post(goalsOf(connection.documentId), { title: 'Private goal', category: 'academic' });
    for (const response of [
      await as(app, stranger).get(goalsOf(connection.documentId)),
      await as(app, stranger).post(goalsOf(connection.documentId), { title: 'Intrusion', category: 'academic' }),
      await as(app, stranger).patch(`/api/mentoring/goals/${goal.body.documentId}`, { agree: true }),
      await as(app, stranger).patch('/api/mentoring/goals/unknown-goal-id', { agree: true }),
      await as(app, mentee).patch('/api/mentoring/goals/unknown-goal-id', { agree: true }),
      await as(app, mentee).get(goalsOf('unknown-connection')),
    ]) {
      expect(response.status).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain('Private goal');
    }
    const after = (await as(app, mentee).get(goalsOf(connection.documentId))).body.data;
    expect(after.some((g: any) => g.title === 'Intrusion')).toBe(false);
    expect(after.find((g: any) => g.documentId === goal.body.documentId).agreedBy.mentor).toBe(false);
    expect((await as(app).get(goalsOf(connection.documentId))).status).toBe(401);
    expect((await as(app).patch(`/api/mentoring/goals/${goal.body.documentId}`, { agree: true })).status).toBe(401);
  });

  it('reads but does not change goals once the connection is over, nor before it is approved', async () => {
    const ended = await connect(app, mentee, mentor, { status: 'completed', endedAt: new Date() });
    const waiting = await connect(app, mentee, mentor, { status: 'awaiting_approval', startedAt: null });
    for (const id of [ended.documentId, waiting.documentId]) {
      expect((await as(app, mentee).post(goalsOf(id), { title: 'Too late', category: 'academic' })).status).toBe(409);
      expect((await as(app, mentee).get(goalsOf(id))).status).toBe(200);
    }
    // A goal of a connection that has since ended cannot be moved.
    const goal = await app.strapi.documents('plugin::mentoring.goal').create({
      data: { connection: ended.id, title: 'Old', category: 'academic', status: 'agreed', proposedBy: 'mentor', agreedByMentee: true, agreedByMentor: true } as any,
    });
    expect((await as(app, mentee).patch(`/api/mentoring/goals/${goal.documentId}`, { status: 'achieved' })).status).toBe(409);
    expect((await as(app, mentee).get(goalsOf(ended.documentId))).body.data).toEqual([expect.objectContaining({ title: 'Old', status: 'agreed' })]);
  });
});
