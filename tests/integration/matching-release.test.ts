import { startApp, type TestApp } from '../harness/strapi';
import { adminToken } from '../harness/admin';
import { signUpConfirmed, type Participant } from '../harness/participants';
import { expectConflict, outbox, participantApi, settingsService } from '../harness/requests';
import { DAY, HOUR, plus, UID } from '../harness/workflow';
import { loadDemoParticipants } from '../../src/bootstrap/demo-participants';

const RUN_MATCHING = 'plugin::mentoring.matching.run';

interface Proposal {
  id: string;
  mentee: { documentId: string; fullName: string };
  mentor: { documentId: string; fullName: string };
  compatibility: number;
  reasons: { factor: string; detail: string }[];
  release: null | { connection: string; state: string; confirmedByMentee: boolean; confirmedByMentor: boolean; respondBy: string | null; endReason: string | null };
}

/**
 * Staff release a matching run's proposals as `proposed` connections; each side of a pair confirms
 * (or declines) in the portal; unconfirmed ones lapse at the tick. Demo cohort of 40 participants.
 */
describe('releasing a matching run’s proposals', () => {
  let app: TestApp;
  const api = participantApi(() => app);
  let staff: string;
  let outsider: string;
  let monitor: string;
  let programId: string;
  let run: { id: string; summary: any; proposals: Proposal[] };
  let stranger: Participant;

  const admin = (token: string | null, method: 'get' | 'post', url: string, body?: object) => {
    const request = app.http()[method](`/mentoring${url}`);
    if (token) request.set('Authorization', `Bearer ${token}`);
    return body === undefined ? request : request.send(body);
  };
  const release = (ids: unknown, token: string | null = staff, runId = run.id) => admin(token, 'post', `/matching-runs/${runId}/release`, { proposals: ids });
  const readRun = async () => (await admin(staff, 'get', `/matching-runs/${run.id}`)).body as typeof run;
  const releaseOf = async (proposal: Proposal) => (await readRun()).proposals.find((item) => item.id === proposal.id)!.release;

  /** A demo participant of a proposal, signed in with a token issued for its account. */
  async function participant(role: 'mentee' | 'mentor', documentId: string): Promise<Participant> {
    const profile = await app.strapi.db.query(role === 'mentee' ? UID.mentee : UID.mentor).findOne({ where: { documentId }, populate: { user: { select: ['id', 'email'] } } });
    const jwt = app.strapi.plugin('users-permissions').service('jwt').issue({ id: profile.user.id });
    return { email: profile.user.email, password: '', jwt, userId: profile.user.id, role };
  }
  const pairOf = async (proposal: Proposal) => ({ mentee: await participant('mentee', proposal.mentee.documentId), mentor: await participant('mentor', proposal.mentor.documentId) });
  const mentorRow = (documentId: string) => app.strapi.db.query(UID.mentor).findOne({ where: { documentId } });
  const held = async (documentId: string) => app.strapi.plugin('mentoring').service('mentorCapacity').heldSlotsOf((await mentorRow(documentId)).id);

  async function finished(id: string) {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const response = await admin(staff, 'get', `/matching-runs/${id}`);
      if (response.body.status === 'completed' || response.body.status === 'failed') return response.body;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`run ${id} did not finish`);
  }

  /** The run's proposals, each with a different mentor, so one's capacity does not affect another's. */
  const distinctMentors = () => {
    const seen = new Set<string>();
    return run.proposals.filter((proposal) => !seen.has(proposal.mentor.documentId) && seen.add(proposal.mentor.documentId));
  };

  beforeAll(async () => {
    app = await startApp();
    await loadDemoParticipants(app.strapi, 40, new Date());
    programId = (await app.strapi.db.query(UID.program).findOne({})).documentId;
    staff = await adminToken(app, [RUN_MATCHING]);
    outsider = await adminToken(app, ['plugin::mentoring.settings.read']);
    monitor = await adminToken(app, ['plugin::mentoring.monitoring.read']);
    const started = await admin(staff, 'post', '/matching-runs', { program: programId, objective: 'max_score' });
    run = await finished(started.body.id);
    stranger = await signUpConfirmed(app, 'mentee', 'Stranger Mentee', { login: false });
  });
  afterAll(() => app?.stop());

  it('compares the optimal assignment with a greedy one, and lists the run with the programs', async () => {
    expect(run.summary.greedy).toEqual({ matched: expect.any(Number), totalScore: expect.any(Number) });
    expect(run.summary.totalScore).toBeGreaterThanOrEqual(run.summary.greedy.totalScore);
    expect(run.proposals.length).toBeGreaterThanOrEqual(8);
    expect(run.proposals.every((proposal) => proposal.release === null)).toBe(true);

    const list = await admin(staff, 'get', '/matching-runs');
    expect(list.status).toBe(200);
    expect(list.body.data[0]).toMatchObject({ id: run.id, status: 'completed', progress: 1, released: 0, program: { documentId: programId } });
    expect(list.body.data[0].proposals).toBeUndefined();
    expect(list.body.programs).toContainEqual(expect.objectContaining({ documentId: programId, current: true }));
  });

  it('needs the run-matching permission, on the server', async () => {
    const [proposal] = run.proposals;
    expect((await release([proposal.id], null)).status).toBe(401);
    expect((await release([proposal.id], outsider)).status).toBe(403);
    expect((await admin(outsider, 'get', '/matching-runs')).status).toBe(403);
    expect(await app.strapi.db.query(UID.connection).count({ where: { status: 'proposed' } })).toBe(0);
  });

  it.each([
    ['no body', undefined, 'proposals'],
    ['no list', 'one', 'proposals'],
    ['an empty list', [], 'proposals'],
    ['a malformed id', ['not a proposal'], 'proposals.0'],
  ])('answers %s with 400 naming the field', async (_case, ids, field) => {
    const response = await (ids === undefined ? admin(staff, 'post', `/matching-runs/${run.id}/release`, {}) : release(ids));
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'))).toEqual([field]);
  });

  it('refuses an unknown field, an unknown run (404) and a run not yet completed (409)', async () => {
    const extra = await admin(staff, 'post', `/matching-runs/${run.id}/release`, { proposals: [run.proposals[0].id], all: true });
    expect(extra.status).toBe(400);
    expect(extra.body.error.details.errors[0].path).toEqual(['all']);
    expect((await release([run.proposals[0].id], staff, 'no-such-run')).status).toBe(404);
    const running = await app.strapi.db.query('plugin::mentoring.matching-run').create({ data: { program: null, objective: 'max_score', status: 'running', progress: 0.4 } });
    expectConflict(await release([run.proposals[0].id], staff, running.documentId), 'run_not_completed');
  });

  describe('once released', () => {
    let proposals: Proposal[];
    let released: any;

    beforeAll(async () => {
      proposals = distinctMentors().slice(0, 6);
      released = await release([proposals[0].id, proposals[1].id, proposals[2].id, 'aaaa:bbbb']);
    });

    it('each chosen proposal becomes a proposed connection, and both sides get an email', async () => {
      expect(released.status).toBe(200);
      expect(released.body.refused).toEqual([{ proposal: 'aaaa:bbbb', code: 'unknown_proposal', message: expect.any(String) }]);
      expect(released.body.released).toEqual(
        proposals.slice(0, 3).map((proposal) => ({
          proposal: proposal.id,
          connection: { documentId: expect.any(String), status: 'proposed', respondBy: expect.any(String) },
          alreadyReleased: false,
        })),
      );
      const connectionId = released.body.released[0].connection.documentId;
      const respondBy = new Date(released.body.released[0].connection.respondBy).getTime();
      expect(Math.abs(respondBy - (Date.now() + 48 * HOUR))).toBeLessThan(5 * 60_000);
      expect(await outbox(app, [`connection:${connectionId}:proposed@mentee`, `connection:${connectionId}:proposed@mentor`])).toEqual([
        expect.objectContaining({ kind: 'connection_proposed', recipientRole: 'mentee', recipientId: proposals[0].mentee.documentId, payload: expect.objectContaining({ connectionId, compatibility: proposals[0].compatibility }) }),
        expect.objectContaining({ kind: 'connection_proposed', recipientRole: 'mentor', recipientId: proposals[0].mentor.documentId }),
      ]);
    });

    it('the run shows each proposal’s release state', async () => {
      const after = await readRun();
      const states = after.proposals.filter((proposal) => proposal.release).map((proposal) => [proposal.id, proposal.release!.state, proposal.release!.confirmedByMentee, proposal.release!.confirmedByMentor]);
      expect(states).toEqual(expect.arrayContaining(proposals.slice(0, 3).map((proposal) => [proposal.id, 'proposed', false, false])));
      expect(states).toHaveLength(3);
      const listed = (await admin(staff, 'get', '/matching-runs')).body.data.find((item: { id: string }) => item.id === run.id);
      expect(listed).toMatchObject({ status: 'completed', released: 3 });
    });

    it('releasing again opens no second connection and sends no second email', async () => {
      const before = await app.strapi.db.query(UID.notification).count();
      const again = await release([proposals[0].id, proposals[1].id]);
      expect(again.body.released).toEqual([
        { ...released.body.released[0], alreadyReleased: true },
        { ...released.body.released[1], alreadyReleased: true },
      ]);
      expect(await app.strapi.db.query(UID.connection).count({ where: { matchingRun: { documentId: run.id } } })).toBe(3);
      expect(await app.strapi.db.query(UID.notification).count()).toBe(before);
    });

    it('refuses a proposal whose mentor filled up meanwhile, and releases the others of the same call', async () => {
      const [, , , full, fine] = proposals;
      const other = await participant('mentee', proposals[5].mentee.documentId);
      const mentor = await mentorRow(full.mentor.documentId);
      await app.strapi.db.query(UID.mentor).update({ where: { id: mentor.id }, data: { capacity: 1 } });
      await app.strapi.documents(UID.connection).create({
        data: { mentee: (await app.strapi.db.query(UID.mentee).findOne({ where: { user: { id: other.userId } } })).id, mentor: mentor.id, status: 'active', startedAt: new Date(), endsAt: plus(new Date(), 90 * DAY) } as any,
      });

      const response = await release([full.id, fine.id]);

      expect(response.body.refused).toEqual([{ proposal: full.id, code: 'at_capacity', message: expect.stringMatching(/capacity/) }]);
      expect(response.body.released.map((item: { proposal: string }) => item.proposal)).toEqual([fine.id]);
      expect((await releaseOf(full))).toBeNull();
    });

    it('a proposal holds its mentor’s place and is not an active pair in the monitoring figures', async () => {
      const [first] = proposals;
      expect(await held(first.mentor.documentId)).toBe(1);
      await app.strapi.db.query(UID.mentor).update({ where: { documentId: first.mentor.documentId }, data: { capacity: 1 } });
      const card = await api.get(stranger, `/mentors/${first.mentor.documentId}`);
      expect(card.body).toMatchObject({ acceptingRequests: false });
      const asked = await api.post(stranger, '/requests', { mentor: first.mentor.documentId, message: 'Could you mentor me?' });
      expectConflict(asked, 'at_capacity');

      const figures = (await admin(monitor, 'get', '/monitoring')).body.data;
      expect(figures.connections.active).toBe(await app.strapi.db.query(UID.connection).count({ where: { status: 'active' } }));
      expect(figures.health.on_track + figures.health.at_risk + figures.health.inactive).toBe(figures.connections.active);
      const atRisk = (await admin(monitor, 'get', '/monitoring/at-risk')).body.data as { documentId: string }[];
      expect(atRisk.map((pair) => pair.documentId)).not.toContain(released.body.released[0].connection.documentId);
    });

    it('the pair see the proposal with its compatibility, reasons and deadline; a stranger gets 404', async () => {
      const [first] = proposals;
      const connectionId = released.body.released[0].connection.documentId;
      const { mentee, mentor } = await pairOf(first);
      const seen = await api.get(mentee, `/connections/${connectionId}`);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({
        documentId: connectionId,
        status: 'proposed',
        startedAt: null,
        request: null,
        health: null,
        mentor: { documentId: first.mentor.documentId, fullName: first.mentor.fullName },
        proposal: { compatibility: first.compatibility, reasons: first.reasons, confirmedByMentee: false, confirmedByMentor: false, respondBy: released.body.released[0].connection.respondBy },
      });
      expect((await api.get(mentor, '/connections')).body.data).toContainEqual(expect.objectContaining({ documentId: connectionId, status: 'proposed', mentee: expect.objectContaining({ documentId: first.mentee.documentId }) }));

      expect((await api.get(stranger, `/connections/${connectionId}`)).status).toBe(404);
      expect((await api.post(stranger, `/connections/${connectionId}/confirm`)).status).toBe(404);
      expect((await api.post(stranger, `/connections/${connectionId}/decline`, { reason: 'no' })).status).toBe(404);
      expect((await api.post(null, `/connections/${connectionId}/confirm`)).status).toBe(401);
    });

    it('refuses goals, contacts, messages and feedback until both confirmed, as while awaiting approval', async () => {
      const connectionId = released.body.released[0].connection.documentId;
      const { mentee } = await pairOf(proposals[0]);
      const attempts = [
        await api.post(mentee, `/connections/${connectionId}/goals`, { title: 'Learn product discovery', category: 'career_management' }),
        await api.post(mentee, `/connections/${connectionId}/interactions`, { occurredAt: new Date().toISOString(), mode: 'video' }),
        await api.post(mentee, `/connections/${connectionId}/messages`, { body: 'Hello there' }),
        await api.post(mentee, `/connections/${connectionId}/feedback`, { rating: 5 }),
      ];
      expect(attempts.map((response) => response.status)).toEqual([409, 409, 409, 409]);
      expect(await app.strapi.db.query(UID.goal).count({ where: { connection: { documentId: connectionId } } })).toBe(0);
    });

    it('confirmed by both sides, it starts (no approval needed) and both are told', async () => {
      const connectionId = released.body.released[0].connection.documentId;
      const { mentee, mentor } = await pairOf(proposals[0]);

      const first = await api.post(mentee, `/connections/${connectionId}/confirm`);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ status: 'proposed', proposal: { confirmedByMentee: true, confirmedByMentor: false } });
      expectConflict(await api.post(mentee, `/connections/${connectionId}/confirm`), 'already_confirmed');
      expect(await releaseOf(proposals[0])).toMatchObject({ state: 'proposed', confirmedByMentee: true, confirmedByMentor: false });
      // The mentor is told it is their turn, once, and the mentee is not.
      expect(await outbox(app, [`connection:${connectionId}:your-turn@mentor`, `connection:${connectionId}:your-turn@mentee`])).toEqual([
        expect.objectContaining({ kind: 'proposal_your_turn', recipientRole: 'mentor', recipientId: proposals[0].mentor.documentId, payload: expect.objectContaining({ connectionId }) }),
      ]);

      const second = await api.post(mentor, `/connections/${connectionId}/confirm`);
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({ status: 'active', startedAt: expect.any(String), proposal: { confirmedByMentee: true, confirmedByMentor: true }, health: expect.objectContaining({ status: expect.any(String) }) });
      expect(await outbox(app, [`connection:${connectionId}:confirmed@mentee`, `connection:${connectionId}:confirmed@mentor`, `connection:${connectionId}:approval-needed@staff`])).toEqual([
        expect.objectContaining({ kind: 'proposal_confirmed', payload: { connectionId, awaitingApproval: false } }),
        expect.objectContaining({ kind: 'proposal_confirmed', recipientRole: 'mentor' }),
      ]);
      expectConflict(await api.post(mentor, `/connections/${connectionId}/confirm`), 'not_proposed');
      expectConflict(await api.post(mentor, `/connections/${connectionId}/decline`, {}), 'not_proposed');
      expect(await releaseOf(proposals[0])).toMatchObject({ state: 'active' });

      // Now a running pair: messages flow, and no staff answer ever carries their text.
      expect((await api.post(mentee, `/connections/${connectionId}/messages`, { body: 'Confidential-XYZZY hello' })).status).toBe(201);
      const answers = [await admin(staff, 'get', `/matching-runs/${run.id}`), await admin(staff, 'get', '/matching-runs'), await release([proposals[0].id])];
      for (const answer of answers) expect(JSON.stringify(answer.body)).not.toContain('XYZZY');
    });

    it('confirmed by both where the program requires approval, it waits for staff, who are asked', async () => {
      const connectionId = released.body.released[1].connection.documentId;
      const { mentee, mentor } = await pairOf(proposals[1]);
      await settingsService(app).update({ approvalRequired: true });
      try {
        await api.post(mentor, `/connections/${connectionId}/confirm`);
        const both = await api.post(mentee, `/connections/${connectionId}/confirm`);
        expect(both.body).toMatchObject({ status: 'awaiting_approval', startedAt: null, health: null });
      } finally {
        await settingsService(app).update({ approvalRequired: false });
      }
      expect(await outbox(app, [`connection:${connectionId}:approval-needed@staff`, `connection:${connectionId}:confirmed@mentee`])).toEqual([
        expect.objectContaining({ kind: 'approval_needed', recipientRole: 'staff' }),
        expect.objectContaining({ kind: 'proposal_confirmed', payload: { connectionId, awaitingApproval: true } }),
      ]);
      expect(await releaseOf(proposals[1])).toMatchObject({ state: 'awaiting_approval', confirmedByMentee: true, confirmedByMentor: true });
    });

    it('declined by one side, it ends, frees the mentor’s place and the other side is told why', async () => {
      const connectionId = released.body.released[2].connection.documentId;
      const { mentee, mentor } = await pairOf(proposals[2]);
      expect(await held(proposals[2].mentor.documentId)).toBe(1);
      const bad = await api.post(mentor, `/connections/${connectionId}/decline`, { reason: 'x'.repeat(1001) });
      expect(bad.status).toBe(400);

      const declined = await api.post(mentor, `/connections/${connectionId}/decline`, { reason: 'Travelling all spring' });

      expect(declined.status).toBe(200);
      expect(declined.body).toMatchObject({ status: 'ended_early', endedBy: 'mentor', endReason: 'Travelling all spring' });
      expect(await held(proposals[2].mentor.documentId)).toBe(0);
      expect(await outbox(app, [`connection:${connectionId}:declined@mentee`])).toEqual([
        expect.objectContaining({
          kind: 'proposal_declined',
          recipientId: proposals[2].mentee.documentId,
          payload: { connectionId, declinedBy: 'mentor', reason: 'Travelling all spring', suggestionsPath: '/portal/mentors' },
        }),
      ]);
      expectConflict(await api.post(mentee, `/connections/${connectionId}/confirm`), 'not_proposed');
      expect(await releaseOf(proposals[2])).toMatchObject({ state: 'declined', endReason: 'Travelling all spring' });
    });

    it('released twice at once opens one connection; confirmed by both at once, it starts', async () => {
      const last = proposals[5];
      const [one, two] = await Promise.all([release([last.id]), release([last.id])]);
      const ids = [one.body.released[0].connection.documentId, two.body.released[0].connection.documentId];
      expect(ids[0]).toBe(ids[1]);
      expect([one.body.released[0].alreadyReleased, two.body.released[0].alreadyReleased].sort()).toEqual([false, true]);
      expect(await app.strapi.db.query(UID.connection).count({ where: { proposalId: last.id } })).toBe(1);

      const { mentee, mentor } = await pairOf(last);
      const answers = await Promise.all([api.post(mentee, `/connections/${ids[0]}/confirm`), api.post(mentor, `/connections/${ids[0]}/confirm`)]);
      expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
      expect((await api.get(mentee, `/connections/${ids[0]}`)).body).toMatchObject({ status: 'active', proposal: { confirmedByMentee: true, confirmedByMentor: true } });
    });

    it('left unconfirmed, it lapses at the tick when its window closes and both are told', async () => {
      const pending = proposals[4];
      const { connection } = (await release([pending.id])).body.released[0];
      const tick = (at: Date) => app.strapi.plugin('mentoring').service('workflow').tick(at);
      const respondBy = new Date(connection.respondBy);

      expect((await tick(plus(respondBy, -1))).proposalsExpired).toBe(0);
      expect(await releaseOf(pending)).toMatchObject({ state: 'proposed' });
      expect((await tick(respondBy)).proposalsExpired).toBe(1);
      expect((await tick(respondBy)).proposalsExpired).toBe(0);

      const row = await app.strapi.db.query(UID.connection).findOne({ where: { documentId: connection.documentId } });
      expect(row).toMatchObject({ status: 'ended_early', endReason: 'proposal expired' });
      expect(await held(pending.mentor.documentId)).toBe(0);
      expect((await outbox(app, [`connection:${connection.documentId}:proposal-expired@mentee`, `connection:${connection.documentId}:proposal-expired@mentor`])).map((item) => item.kind)).toEqual([
        'proposal_expired',
        'proposal_expired',
      ]);
      expect(await releaseOf(pending)).toMatchObject({ state: 'expired' });
    });

    it('a new run leaves out mentees at their mentor limit and never proposes a mentor a mentee already holds', async () => {
      const holding: { mentee: { documentId: string }; mentor: { documentId: string } }[] = await app.strapi.db.query(UID.connection).findMany({
        where: { status: { $in: ['proposed', 'awaiting_approval', 'active'] } },
        populate: { mentee: { select: ['documentId'] }, mentor: { select: ['documentId'] } },
      });
      expect(holding.length).toBeGreaterThan(0);
      const rerun = async () => finished((await admin(staff, 'post', '/matching-runs', { program: programId, objective: 'max_score' })).body.id);

      // Two mentors allowed (the default): those mentees are matched again, never with the mentor they hold.
      const again = await rerun();
      expect(again.status).toBe('completed');
      const pairs = new Set(holding.map(({ mentee, mentor }) => `${mentee.documentId}:${mentor.documentId}`));
      expect(again.proposals.filter((proposal: Proposal) => pairs.has(proposal.id))).toEqual([]);
      expect(again.proposals.some((proposal: Proposal) => holding.some(({ mentee }) => mentee.documentId === proposal.mentee.documentId))).toBe(true);

      // One mentor allowed: a mentee holding one is left out of the run.
      await settingsService(app).update({ maxActiveMentorsPerMentee: 1 });
      try {
        const limited = await rerun();
        expect(limited.status).toBe('completed');
        const holders = new Set(holding.map(({ mentee }) => mentee.documentId));
        expect(limited.proposals.filter((proposal: Proposal) => holders.has(proposal.mentee.documentId))).toEqual([]);
        // Left out now and not before: the mentees holding exactly one mentor.
        const holds = new Map<string, number>();
        for (const { mentee } of holding) holds.set(mentee.documentId, (holds.get(mentee.documentId) ?? 0) + 1);
        expect(limited.summary.mentees).toBe(again.summary.mentees - [...holds.values()].filter((count) => count === 1).length);
      } finally {
        await settingsService(app).update({ maxActiveMentorsPerMentee: 2 });
      }
    });
  });
});
