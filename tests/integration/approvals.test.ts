import { startApp, type TestApp } from '../harness/strapi';
import { adminToken } from '../harness/admin';
import { signUpConfirmed } from '../harness/participants';
import { expectConflict, outbox, participantApi, settingsService } from '../harness/requests';

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
    await api.put(mentor, '/me/profile', { capacity });
    const mentee = await signUpConfirmed(app, 'mentee', `Mentee ${tag}`, { login: false });
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
    expect(queue.body.data.connections).toContainEqual({
      documentId: connectionId,
      status: 'awaiting_approval',
      createdAt: expect.any(String),
      startedAt: null,
      endsAt: expect.any(String),
      endedAt: null,
      endReason: null,
      approvalNote: null,
      decidedBy: null,
      decidedAt: null,
      mentee: { documentId: pair.menteeId, fullName: 'Mentee Approved' },
      mentor: { documentId: pair.mentorId, fullName: 'Mentor Approved' },
      program: null,
    });
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

  it('reviews mentor profiles: a mentor waiting for review cannot be asked until staff approve it', async () => {
    await settingsService(app).update({ mentorReviewRequired: true });
    try {
      const mentor = await signUpConfirmed(app, 'mentor', 'Mentor Under Review', { login: false });
      const rejectedMentor = await signUpConfirmed(app, 'mentor', 'Mentor Turned Down', { login: false });
      const mentee = await signUpConfirmed(app, 'mentee', 'Mentee Waiting', { login: false });
      const [mentorId, rejectedId] = [await api.profileId(mentor), await api.profileId(rejectedMentor)];
      const ask = () => api.post(mentee, '/requests', { mentor: mentorId, message: 'Hello' });
      expect((await ask()).status).toBe(404);

      const queue = (await admin(staff, 'get', '/approvals')).body.data.mentors;
      expect(queue).toEqual(
        expect.arrayContaining([
          { documentId: mentorId, fullName: 'Mentor Under Review', headline: null, createdAt: expect.any(String), program: null },
          expect.objectContaining({ documentId: rejectedId }),
        ]),
      );
      expect((await admin(outsider, 'post', `/approvals/mentors/${mentorId}/approve`)).status).toBe(403);

      const approved = await admin(staff, 'post', `/approvals/mentors/${mentorId}/approve`);
      expect(approved.status).toBe(200);
      expect(approved.body.data).toEqual({ documentId: mentorId, fullName: 'Mentor Under Review', reviewStatus: 'approved' });
      expectConflict(await admin(staff, 'post', `/approvals/mentors/${mentorId}/reject`), 'not_pending_review');
      expect((await admin(staff, 'post', `/approvals/mentors/${rejectedId}/reject`)).body.data.reviewStatus).toBe('rejected');
      expect((await admin(staff, 'post', '/approvals/mentors/nosuchmentor000000000000/approve')).status).toBe(404);
      expect((await admin(staff, 'get', '/approvals')).body.data.mentors.map((m: { documentId: string }) => m.documentId)).not.toContain(mentorId);

      expect((await ask()).status).toBe(201);
      expect((await api.post(mentee, '/requests', { mentor: rejectedId, message: 'Hello' })).status).toBe(404);
    } finally {
      await settingsService(app).update({ mentorReviewRequired: false });
    }
  });
});
