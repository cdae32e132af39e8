import { startApp, type TestApp } from '../harness/strapi';
import { adminToken } from '../harness/admin';
import { signUpConfirmed } from '../harness/participants';
import { expectConflict, outbox, participantApi, settingsService } from '../harness/requests';
import { fieldsOf } from '../harness/pairs';

const APPROVE = 'plugin::mentoring.approvals.manage';

/** Staff approvals: connections waiting when the program requires approval, and mentors under review. */
describe('staff approvals', () => {
  let app: TestApp;
  const api = participantApi(() => app);
  let staff: string;
  let outsider: string;
  let staffId: number;

  beforeAll(async () => {
    app = await startApp();
    staff = await adminToken(app, [APPROVE]);
    outsider = await adminToken(app, ['plugin::mentoring.monitoring.read']);
    staffId = (await app.http().get('/admin/users/me').set('Authorization', `Bearer ${staff}`)).body.data.id;
    await settingsService(app).update({ approvalRequired: true });
  });
  afterAll(() => app?.stop());

  const admin = (token: string | null, method: 'get' | 'post', url: string, body?: object) => {
    const request = app.http()[method](`/mentoring${url}`);
    if (token) request.set('Authorization', `Bearer ${token}`);
    return body === undefined ? request : request.send(body);
  };

  async function pairAwaitingApproval(tag: string, capacity: number | null = null) {
    const mentor = await signUpConfirmed(app, 'mentor', `Mentor ${tag}`, { login: false });
    await api.put(mentor, '/me/profile', {
      capacity,
      headline: 'Product lead',
      industries: ['software'],
      expertise: ['product strategy'],
      experience: [
        { title: 'Analyst', organization: 'Old Corp', startDate: '2010-01-01', endDate: '2014-12-31' },
        { title: 'Head of Product', organization: 'Acme', startDate: '2015-01-01' },
      ],
    });
    const mentee = await signUpConfirmed(app, 'mentee', `Mentee ${tag}`, { login: false });
    await api.put(mentee, '/me/profile', {
      program: 'MBA',
      graduationYear: 2027,
      interests: ['product strategy'],
      targetIndustries: ['software'],
      meetingPreference: 'video',
      location: { city: 'Lyon', country: 'France' },
    });
    const [mentorId, menteeId] = [await api.profileId(mentor), await api.profileId(mentee)];
    const requestId = (await api.post(mentee, '/requests', { mentor: mentorId, message: 'A private hello only the mentor reads.' })).body.documentId;
    const accepted = await api.post(mentor, `/requests/${requestId}/accept`);
    return { mentor, mentee, mentorId, menteeId, requestId, accepted, connectionId: accepted.body.connection.documentId as string };
  }

  it('holds an accepted request for staff; approving starts the connection and tells the pair', async () => {
    const pair = await pairAwaitingApproval('Approved');
    expect(pair.accepted.status).toBe(200);
    expect(pair.accepted.body.connection.status).toBe('awaiting_approval');
    const { connectionId } = pair;
    expect(await outbox(app, [`connection:${connectionId}:approval-needed@staff`, `request:${pair.requestId}:accepted@mentee`])).toEqual([
      expect.objectContaining({ kind: 'approval_needed', recipientRole: 'staff', recipientId: null, payload: { connectionId, menteeId: pair.menteeId, mentorId: pair.mentorId } }),
      expect.objectContaining({ kind: 'request_accepted', payload: expect.objectContaining({ connectionId, awaitingApproval: true }) }),
    ]);
    const waiting = await api.get(pair.mentee, `/connections/${connectionId}`);
    expect(waiting.body).toMatchObject({ status: 'awaiting_approval', startedAt: null, health: null });

    const queue = await admin(staff, 'get', '/approvals');
    expect(queue.status).toBe(200);
    expect(queue.body.data).toMatchObject({ approvalRequired: true, mentorReviewRequired: false });
    const entry = queue.body.data.connections.find((item: { documentId: string }) => item.documentId === connectionId);
    expect(entry).toEqual({
      documentId: connectionId,
      createdAt: expect.any(String),
      endsAt: expect.any(String),
      program: null,
      mentee: {
        documentId: pair.menteeId,
        fullName: 'Mentee Approved',
        headline: null,
        academicProgram: 'MBA',
        graduationYear: 2027,
        interests: ['Product strategy'],
        targetIndustries: ['Software & SaaS'],
        targetFunctions: [],
        meetingPreference: 'video',
        place: { city: 'Lyon', country: 'France' },
      },
      mentor: {
        documentId: pair.mentorId,
        fullName: 'Mentor Approved',
        headline: 'Product lead',
        currentRole: { title: 'Head of Product', organization: 'Acme' },
        industries: ['Software & SaaS'],
        functions: [],
        expertise: ['Product strategy'],
        place: null,
        availability: 'open',
        load: { held: 1, capacity: null },
        responses: { received: 1, accepted: 1, declined: 0, expired: 0, acceptRate: 1, medianResponseHours: 0 },
      },
      compatibility: { score: expect.any(Number), confident: expect.any(Boolean), reasons: expect.any(Array) },
    });
    // The percentage and reasons are the ones the mentee saw on the mentor's page.
    const seen = (await api.get(pair.mentee, `/mentors/${pair.mentorId}`)).body;
    expect(entry.compatibility).toEqual({ score: seen.compatibility, confident: seen.confident, reasons: seen.reasons });
    expect(entry.compatibility.reasons.map((reason: { factor: string }) => reason.factor)).toEqual(expect.arrayContaining(['industry', 'goals_expertise']));
    expect(JSON.stringify(queue.body)).not.toContain('private hello');
    expect(JSON.stringify(queue.body)).not.toContain('@example.edu');

    const approved = await admin(staff, 'post', `/approvals/${connectionId}/approve`, { note: '  Good fit.  ' });

    expect(approved.status).toBe(200);
    expect(approved.body.data).toMatchObject({ documentId: connectionId, status: 'active', startedAt: expect.any(String), approvalNote: 'Good fit.', decidedBy: staffId, decidedAt: expect.any(String) });
    expect(await outbox(app, [`connection:${connectionId}:approved@mentee`, `connection:${connectionId}:approved@mentor`])).toEqual([
      expect.objectContaining({ kind: 'connection_approved', recipientId: pair.menteeId, payload: { connectionId, note: 'Good fit.' } }),
      expect.objectContaining({ kind: 'connection_approved', recipientId: pair.mentorId, payload: { connectionId, note: 'Good fit.' } }),
    ]);
    expect((await api.get(pair.mentor, `/connections/${connectionId}`)).body).toMatchObject({ status: 'active', health: { onTrack: true } });
    expect((await admin(staff, 'get', '/approvals')).body.data.connections.map((c: { documentId: string }) => c.documentId)).not.toContain(connectionId);

    for (const decision of ['approve', 'reject']) {
      const late = await admin(staff, 'post', `/approvals/${connectionId}/${decision}`, {});
      expectConflict(late, 'not_awaiting_approval');
    }
  });

  it('rejecting frees the mentor’s place and points the mentee to other mentors', async () => {
    const pair = await pairAwaitingApproval('Rejected', 1);
    const accepting = async () => (await api.get(pair.mentor, '/me')).body.profile.acceptingRequests;
    expect(await accepting()).toBe(false);

    const rejected = await admin(staff, 'post', `/approvals/${pair.connectionId}/reject`, { note: 'Conflict of interest' });

    expect(rejected.status).toBe(200);
    expect(rejected.body.data).toMatchObject({ status: 'ended_early', endReason: 'rejected by staff', approvalNote: 'Conflict of interest', decidedBy: staffId });
    expect(await outbox(app, [`connection:${pair.connectionId}:rejected@mentee`, `connection:${pair.connectionId}:rejected@mentor`])).toEqual([
      expect.objectContaining({ recipientRole: 'mentee', kind: 'connection_rejected', payload: { connectionId: pair.connectionId, note: 'Conflict of interest', suggestionsPath: '/portal/mentors' } }),
      expect.objectContaining({ recipientRole: 'mentor', kind: 'connection_rejected', payload: { connectionId: pair.connectionId, note: 'Conflict of interest', suggestionsPath: null } }),
    ]);
    expect(await accepting()).toBe(true);
    expect((await api.get(pair.mentee, `/connections/${pair.connectionId}`)).body).toMatchObject({ status: 'ended_early', health: null });
  });

  it('validates decisions and needs the approve-matches permission, on the server', async () => {
    const pair = await pairAwaitingApproval('Guarded');
    const url = `/approvals/${pair.connectionId}/approve`;
    expect((await admin(null, 'get', '/approvals')).status).toBe(401);
    expect((await admin(null, 'post', url, {})).status).toBe(401);
    expect((await admin(outsider, 'get', '/approvals')).status).toBe(403);
    for (const decision of ['approve', 'reject']) {
      expect((await admin(outsider, 'post', `/approvals/${pair.connectionId}/${decision}`, {})).status).toBe(403);
    }
    for (const [body, field] of [[{ note: 7 }, 'note'], [{ note: 'x'.repeat(1001) }, 'note'], [{ verdict: 'yes' }, 'verdict']] as const) {
      const refused = await admin(staff, 'post', url, body);
      expect(refused.status).toBe(400);
      expect(refused.body.error.details.errors.map((error: { path: string[] }) => error.path[0])).toEqual([field]);
    }
    expect((await admin(staff, 'post', '/approvals/nosuchconnection00000000/approve', {})).status).toBe(404);
    expect((await api.get(pair.mentee, `/connections/${pair.connectionId}`)).body.status).toBe('awaiting_approval');
    expect((await admin(staff, 'post', url)).status).toBe(200);
  });

  it('reviews mentor profiles: a mentor waiting for review cannot be asked until staff approve it, and is told', async () => {
    await settingsService(app).update({ mentorReviewRequired: true });
    try {
      const mentor = await signUpConfirmed(app, 'mentor', 'Mentor Under Review', { login: false });
      const rejectedMentor = await signUpConfirmed(app, 'mentor', 'Mentor Turned Down', { login: false });
      const mentee = await signUpConfirmed(app, 'mentee', 'Mentee Waiting', { login: false });
      await api.put(mentor, '/me/profile', { capacity: 2, industries: ['software'], location: { city: 'Oslo', country: 'Norway' } });
      const [mentorId, rejectedId] = [await api.profileId(mentor), await api.profileId(rejectedMentor)];
      const ask = () => api.post(mentee, '/requests', { mentor: mentorId, message: 'Hello' });
      expect((await ask()).status).toBe(404);

      const queue = (await admin(staff, 'get', '/approvals')).body.data;
      expect(queue.mentorReviewRequired).toBe(true);
      expect(queue.mentors).toEqual(
        expect.arrayContaining([
          {
            documentId: mentorId,
            fullName: 'Mentor Under Review',
            headline: null,
            currentRole: null,
            industries: ['Software & SaaS'],
            functions: [],
            expertise: [],
            place: { city: 'Oslo', country: 'Norway' },
            availability: 'open',
            capacity: 2,
            createdAt: expect.any(String),
            program: null,
          },
          expect.objectContaining({ documentId: rejectedId }),
        ]),
      );
      expect((await admin(outsider, 'post', `/approvals/mentors/${mentorId}/approve`)).status).toBe(403);
      const tooLong = await admin(staff, 'post', `/approvals/mentors/${mentorId}/approve`, { note: 'x'.repeat(1001) });
      expect(tooLong.status).toBe(400);
      expect(fieldsOf(tooLong.body)).toEqual(['note']);

      const approved = await admin(staff, 'post', `/approvals/mentors/${mentorId}/approve`, { note: ' Welcome aboard. ' });
      expect(approved.status).toBe(200);
      expect(approved.body.data).toEqual({ documentId: mentorId, fullName: 'Mentor Under Review', reviewStatus: 'approved' });
      expectConflict(await admin(staff, 'post', `/approvals/mentors/${mentorId}/reject`), 'not_pending_review');
      expect((await admin(staff, 'post', `/approvals/mentors/${rejectedId}/reject`)).body.data.reviewStatus).toBe('rejected');
      expect((await admin(staff, 'post', '/approvals/mentors/nosuchmentor000000000000/approve')).status).toBe(404);
      expect((await admin(staff, 'get', '/approvals')).body.data.mentors.map((m: { documentId: string }) => m.documentId)).not.toContain(mentorId);
      expect(await outbox(app, [`mentor:${mentorId}:review@mentor`, `mentor:${rejectedId}:review@mentor`])).toEqual(
        [
          { dedupeKey: `mentor:${mentorId}:review@mentor`, kind: 'mentor_reviewed', recipientRole: 'mentor', recipientId: mentorId, payload: { mentorId, decision: 'approved', note: 'Welcome aboard.' }, status: expect.any(String) },
          { dedupeKey: `mentor:${rejectedId}:review@mentor`, kind: 'mentor_reviewed', recipientRole: 'mentor', recipientId: rejectedId, payload: { mentorId: rejectedId, decision: 'rejected', note: null }, status: expect.any(String) },
        ].sort((a, b) => a.dedupeKey.localeCompare(b.dedupeKey)),
      );

      expect((await ask()).status).toBe(201);
      expect((await api.post(mentee, '/requests', { mentor: rejectedId, message: 'Hello' })).status).toBe(404);
    } finally {
      await settingsService(app).update({ mentorReviewRequired: false });
    }
  });

  it('gives each mentor’s load and response record: accept rate over decided requests, median time to answer', async () => {
    const pair = await pairAwaitingApproval('Record', 3);
    const [menteeRow, mentorRow] = await Promise.all([
      app.strapi.db.query('plugin::mentoring.mentee-profile').findOne({ where: { documentId: pair.menteeId } }),
      app.strapi.db.query('plugin::mentoring.mentor-profile').findOne({ where: { documentId: pair.mentorId } }),
    ]);
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    // Earlier requests to this mentor: answered after 2 h and 9 h (declined), and one left to expire.
    for (const [status, askedHoursAgo, answeredAfter] of [['declined', 100, 2], ['declined', 80, 9], ['expired', 60, null]] as const) {
      await app.strapi.db.query('plugin::mentoring.mentorship-request').create({
        data: {
          documentId: `history${status}${askedHoursAgo}`.padEnd(24, '0'),
          mentee: menteeRow.id,
          mentor: mentorRow.id,
          status,
          message: 'An older private hello.',
          createdAt: hoursAgo(askedHoursAgo),
          respondBy: hoursAgo(askedHoursAgo - 48),
          respondedAt: answeredAfter === null ? null : hoursAgo(askedHoursAgo - answeredAfter),
        },
      });
    }

    const entry = (await admin(staff, 'get', '/approvals')).body.data.connections.find((item: { documentId: string }) => item.documentId === pair.connectionId);

    expect(entry.mentor.load).toEqual({ held: 1, capacity: 3 });
    // Answered: 0 h (the live acceptance), 2 h and 9 h: the median is 2 h. Accepted 1 of 4 decided or expired.
    expect(entry.mentor.responses).toEqual({ received: 4, accepted: 1, declined: 2, expired: 1, acceptRate: 0.25, medianResponseHours: 2 });
  });

  it('decides several connections in one call, each on its own, and reports every outcome', async () => {
    const [first, second, decided] = [await pairAwaitingApproval('Bulk One'), await pairAwaitingApproval('Bulk Two'), await pairAwaitingApproval('Bulk Done')];
    await admin(staff, 'post', `/approvals/${decided.connectionId}/reject`, {});
    const unknown = 'nosuchconnection00000000';

    const response = await admin(staff, 'post', '/approvals/bulk', { ids: [first.connectionId, decided.connectionId, second.connectionId, unknown], decision: 'approve', note: 'Welcome both' });

    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({
      decision: 'approve',
      decided: 2,
      refused: 2,
      results: [
        { documentId: first.connectionId, ok: true, status: 'active' },
        { documentId: decided.connectionId, ok: false, status: 409, code: 'not_awaiting_approval', message: expect.stringContaining('ended_early') },
        { documentId: second.connectionId, ok: true, status: 'active' },
        { documentId: unknown, ok: false, status: 404, code: null, message: 'No such connection' },
      ],
    });
    for (const pair of [first, second]) {
      expect((await api.get(pair.mentor, `/connections/${pair.connectionId}`)).body.status).toBe('active');
      expect(await outbox(app, [`connection:${pair.connectionId}:approved@mentee`, `connection:${pair.connectionId}:approved@mentor`])).toEqual([
        expect.objectContaining({ recipientId: pair.menteeId, payload: { connectionId: pair.connectionId, note: 'Welcome both' } }),
        expect.objectContaining({ recipientId: pair.mentorId, payload: { connectionId: pair.connectionId, note: 'Welcome both' } }),
      ]);
    }

    const third = await pairAwaitingApproval('Bulk Three');
    const rejected = await admin(staff, 'post', '/approvals/bulk', { ids: [third.connectionId], decision: 'reject' });
    expect(rejected.body.data).toMatchObject({ decided: 1, results: [{ documentId: third.connectionId, ok: true, status: 'ended_early' }] });
    expect((await outbox(app, [`connection:${third.connectionId}:rejected@mentee`, `connection:${third.connectionId}:rejected@mentor`])).map((row) => row.recipientRole)).toEqual(['mentee', 'mentor']);
  });

  it('refuses a bulk decision that is not valid, naming the field, and decides nothing', async () => {
    const pair = await pairAwaitingApproval('Bulk Refused');
    const ids = [pair.connectionId];
    const cases: [unknown, string[]][] = [
      [{}, ['ids', 'decision']],
      [{ ids: [], decision: 'approve' }, ['ids']],
      [{ ids: 'all', decision: 'approve' }, ['ids']],
      [{ ids: [pair.connectionId, pair.connectionId], decision: 'approve' }, ['ids']],
      [{ ids: Array.from({ length: 101 }, (_, i) => `id${i}`), decision: 'approve' }, ['ids']],
      [{ ids: [7], decision: 'approve' }, ['ids.0']],
      [{ ids, decision: 'maybe' }, ['decision']],
      [{ ids, decision: 'approve', note: 'x'.repeat(1001) }, ['note']],
      [{ ids, decision: 'approve', everyone: true }, ['everyone']],
    ];
    for (const [body, fields] of cases) {
      for (const url of ['/approvals/bulk', '/approvals/mentors/bulk']) {
        const refused = await admin(staff, 'post', url, body as object);
        expect({ url, body, status: refused.status, fields: fieldsOf(refused.body) }).toEqual({ url, body, status: 400, fields });
      }
    }
    for (const url of ['/approvals/bulk', '/approvals/mentors/bulk']) {
      expect((await admin(null, 'post', url, { ids, decision: 'approve' })).status).toBe(401);
      expect((await admin(outsider, 'post', url, { ids, decision: 'approve' })).status).toBe(403);
    }
    expect((await api.get(pair.mentee, `/connections/${pair.connectionId}`)).body.status).toBe('awaiting_approval');
  });

  it('reviews several mentor profiles in one call', async () => {
    await settingsService(app).update({ mentorReviewRequired: true });
    try {
      const mentors = [await signUpConfirmed(app, 'mentor', 'Mentor Bulk A', { login: false }), await signUpConfirmed(app, 'mentor', 'Mentor Bulk B', { login: false })];
      const ids = [await api.profileId(mentors[0]), await api.profileId(mentors[1])];

      const response = await admin(staff, 'post', '/approvals/mentors/bulk', { ids: [...ids, 'nosuchmentor000000000000'], decision: 'reject', note: 'Not an alumnus' });

      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({
        decided: 2,
        refused: 1,
        results: [
          { documentId: ids[0], ok: true, status: 'rejected' },
          { documentId: ids[1], ok: true, status: 'rejected' },
          { documentId: 'nosuchmentor000000000000', ok: false, status: 404 },
        ],
      });
      expect((await outbox(app, ids.map((id) => `mentor:${id}:review@mentor`))).map((row) => row.payload)).toEqual(
        expect.arrayContaining(ids.map((mentorId) => ({ mentorId, decision: 'rejected', note: 'Not an alumnus' }))),
      );
    } finally {
      await settingsService(app).update({ mentorReviewRequired: false });
    }
  });

  it('never answers staff with what a pair wrote: no request message, no message body, no contact note', async () => {
    const pair = await pairAwaitingApproval('Confidential');
    const active = await pairAwaitingApproval('Confidential Active');
    await admin(staff, 'post', `/approvals/${active.connectionId}/approve`, {});
    const secret = 'SECRET-PAIR-TEXT';
    expect((await api.post(active.mentee, `/connections/${active.connectionId}/messages`, { body: `${secret} message` })).status).toBe(201);
    expect(
      (await api.post(active.mentor, `/connections/${active.connectionId}/interactions`, { occurredAt: new Date(Date.now() + 86_400_000).toISOString(), mode: 'video', minutes: 30, notes: `${secret} note` })).status,
    ).toBe(201);

    const responses = [
      await admin(staff, 'get', '/approvals'),
      await admin(staff, 'post', '/approvals/bulk', { ids: [active.connectionId, pair.connectionId], decision: 'approve' }),
      await admin(staff, 'post', `/approvals/${active.connectionId}/reject`, {}),
    ];
    for (const response of responses) {
      const json = JSON.stringify(response.body);
      expect(json).not.toContain('private hello');
      expect(json).not.toContain(secret);
    }
  });
});
