import workerThreads from 'node:worker_threads';
import { startApp, type TestApp } from '../harness/strapi';
import { adminToken } from '../harness/admin';
import { loadDemoParticipants } from '../../src/bootstrap/demo-participants';

describe('bulk matching runs (staff API)', () => {
  let app: TestApp;
  let staff: string;
  let outsider: string;
  let programId: string;

  beforeAll(async () => {
    app = await startApp();
    await loadDemoParticipants(app.strapi, 40, new Date('2026-11-28T12:00:00Z'));
    programId = (await app.strapi.db.query('plugin::mentoring.program').findOne({})).documentId;
    staff = await adminToken(app, ['plugin::mentoring.matching.run']);
    outsider = await adminToken(app, ['plugin::mentoring.settings.read']);
  });
  afterAll(() => app?.stop());

  const start = (token: string | undefined, body: object) => {
    const request = app.http().post('/mentoring/matching-runs');
    return (token ? request.set('Authorization', `Bearer ${token}`) : request).send(body);
  };
  const read = (id: string, token = staff) => app.http().get(`/mentoring/matching-runs/${id}`).set('Authorization', `Bearer ${token}`);

  async function finished(id: string) {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const response = await read(id);
      if (response.body.status === 'completed' || response.body.status === 'failed') return response.body;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`run ${id} did not finish`);
  }

  it.each(['max_matched_then_score', 'max_score'])('runs in the background to 100%% with a certified optimal assignment (%s)', async (objective) => {
    const started = await start(staff, { program: programId, objective });
    expect(started.status).toBe(202);
    expect(started.body).toEqual({ id: expect.any(String) });

    const run = await finished(started.body.id);

    expect(run).toMatchObject({ status: 'completed', progress: 1, objective, program: { documentId: programId } });
    expect(run.summary).toMatchObject({ mentees: 16, mentors: expect.any(Number), certified: true });
    expect(run.proposals).toHaveLength(run.summary.matched);
    const mentees = run.proposals.map((proposal: { mentee: { documentId: string } }) => proposal.mentee.documentId);
    expect(new Set(mentees).size).toBe(mentees.length);
    const total = run.proposals.reduce((sum: number, proposal: { compatibility: number }) => sum + proposal.compatibility, 0);
    expect(total).toBe(run.summary.totalScore);
    for (const proposal of run.proposals) {
      expect(proposal.compatibility).toBeGreaterThan(0);
      expect(proposal.reasons.length).toBeGreaterThan(0);
    }
    if (objective === 'max_matched_then_score') expect(run.summary.matched).toBe(Math.min(16, run.summary.slots));
  });

  it('gives the same assignment when worker threads rank the mentees', async () => {
    const configured = app.strapi.config.get('plugin::mentoring') as { matchingWorkers?: number; matchingWorkerShare: number };
    const { matchingWorkers, matchingWorkerShare } = configured;
    expect(matchingWorkerShare).toBe(250);
    app.strapi.config.set('plugin::mentoring.matchingWorkers', 0);
    const here = await finished((await start(staff, { program: programId, objective: 'max_score' })).body.id);
    // The plugin's worker bundle, started even for this small cohort: two workers of 8 mentees.
    expect(require.resolve('strapi-plugin-mentoring/matching-worker')).toMatch(/dist[\\/]matching-worker[\\/]index\.js$/);
    app.strapi.config.set('plugin::mentoring.matchingWorkers', 2);
    app.strapi.config.set('plugin::mentoring.matchingWorkerShare', 1);
    // Counts the threads the run starts (the plugin reads Worker from the module when it starts one).
    const { Worker } = workerThreads;
    let started = 0;
    workerThreads.Worker = class extends Worker {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        started += 1;
      }
    };
    try {
      const inWorkers = await finished((await start(staff, { program: programId, objective: 'max_score' })).body.id);
      expect(started).toBe(2);
      expect(inWorkers.status).toBe('completed');
      expect(inWorkers.summary).toEqual({ ...here.summary, seconds: expect.any(Number) });
      expect(inWorkers.proposals).toEqual(here.proposals);
    } finally {
      workerThreads.Worker = Worker;
      app.strapi.config.set('plugin::mentoring.matchingWorkers', matchingWorkers);
      app.strapi.config.set('plugin::mentoring.matchingWorkerShare', matchingWorkerShare);
    }
  });

  it('respects mentors’ capacities', async () => {
    await app.strapi.db.query('plugin::mentoring.mentor-profile').updateMany({ where: {}, data: { capacity: 1 } });
    await new Promise((resolve) => setTimeout(resolve, 1100));

    const run = await finished((await start(staff, { program: programId })).body.id);

    const mentors = run.proposals.map((proposal: { mentor: { documentId: string } }) => proposal.mentor.documentId);
    expect(new Set(mentors).size).toBe(mentors.length);
    expect(run.summary.slots).toBe(run.summary.mentors);
  });

  it('needs the run-matching permission, on the server', async () => {
    expect((await start(undefined, { program: programId })).status).toBe(401);
    expect((await start(outsider, { program: programId })).status).toBe(403);
    const run = await start(staff, { program: programId });
    expect((await read(run.body.id, outsider)).status).toBe(403);
    await finished(run.body.id);
  });

  // Bodies are built when the test runs: the cohort's id is known only after beforeAll.
  it.each([
    ['no program', 400, () => ({}), 'program'],
    ['an unknown objective', 400, () => ({ program: programId, objective: 'fastest' }), 'objective'],
    ['an unknown field', 400, () => ({ program: programId, extra: true }), 'extra'],
    ['an unknown program', 404, () => ({ program: 'no-such-program' }), null],
  ])('answers %s with %d', async (_, status, body, field) => {
    const response = await start(staff, body());

    expect(response.status).toBe(status);
    if (field) expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path[0])).toEqual([field]);
  });

  it('answers 404 for an unknown run', async () => {
    expect((await read('no-such-run')).status).toBe(404);
  });

  it('offers a mentor only the places its connections leave free', async () => {
    const mentor = await app.strapi.db.query('plugin::mentoring.mentor-profile').findOne({ where: { program: { documentId: programId }, reviewStatus: 'approved', availability: 'open' } });
    const mentee = await app.strapi.db.query('plugin::mentoring.mentee-profile').findOne({ where: { program: { documentId: programId } } });
    await app.strapi.db.query('plugin::mentoring.mentor-profile').update({ where: { id: mentor.id }, data: { capacity: 2 } });
    await app.strapi.documents('plugin::mentoring.connection').create({
      data: { mentee: mentee.id, mentor: mentor.id, status: 'active', startedAt: new Date(), endsAt: new Date(Date.now() + 86_400_000) } as any,
    });
    await new Promise((resolve) => setTimeout(resolve, 1100));

    const run = await finished((await start(staff, { program: programId })).body.id);

    expect(run.summary.slots).toBe(run.summary.mentors);
  });
});
