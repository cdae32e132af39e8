import { startApp, type TestApp } from '../harness/strapi';
import { signUpConfirmed, type Participant } from '../harness/participants';
import { expectConflict, keysAbout, outbox, participantApi, settingsService } from '../harness/requests';

const HOUR = 3_600_000;

/** Requests from asking to an answer, the connections they open, and ending one early, through HTTP. */
describe('requests and connections', () => {
  let app: TestApp;
  const api = participantApi(() => app);

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  /** A mentor with a headline and, when given, a capacity; its profile documentId. */
  async function mentorWith(name: string, capacity: number | null = null) {
    const who = await signUpConfirmed(app, 'mentor', name, { login: false });
    await api.put(who, '/me/profile', { headline: `${name}, engineer`, capacity });
    return { who, id: await api.profileId(who) };
  }

  async function menteeNamed(name: string) {
    const who = await signUpConfirmed(app, 'mentee', name, { login: false });
    return { who, id: await api.profileId(who) };
  }

  const askOf = (mentee: Participant, mentor: string, message = 'I would like to learn how you moved into product work.') =>
    api.post(mentee, '/requests', { mentor, message });

  const fieldsAtFault = (response: { body: any }) => response.body.error.details.errors.map((error: { path: string[] }) => error.path.join('.'));

  it('takes a request from ask to accept: the mentor sees it, the pair is connected, each side is told', async () => {
    const mentor = await mentorWith('Mara Mentor');
    const mentee = await menteeNamed('Eli Mentee');
    const before = Date.now();

    const asked = await askOf(mentee.who, mentor.id, '  Could we talk about data careers?  ');

    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      documentId: expect.any(String),
      status: 'pending',
      message: 'Could we talk about data careers?',
      mentor: { documentId: mentor.id, fullName: 'Mara Mentor', headline: 'Mara Mentor, engineer' },
      connection: null,
    });
    const respondBy = new Date(asked.body.respondBy).getTime();
    expect(respondBy).toBeGreaterThanOrEqual(before + 48 * HOUR);
    expect(respondBy).toBeLessThanOrEqual(Date.now() + 48 * HOUR);
    const requestId = asked.body.documentId;
    expect(await outbox(app, [`request:${requestId}:received@mentor`])).toEqual([
      expect.objectContaining({ kind: 'request_received', recipientRole: 'mentor', recipientId: mentor.id, status: 'pending', payload: expect.objectContaining({ requestId, menteeId: mentee.id }) }),
    ]);

    const incoming = await api.get(mentor.who, '/requests');
    expect(incoming.status).toBe(200);
    expect(incoming.body.data).toEqual([
      {
        documentId: requestId,
        status: 'pending',
        message: 'Could we talk about data careers?',
        respondBy: asked.body.respondBy,
        respondedAt: null,
        reason: null,
        createdAt: expect.any(String),
        mentee: { documentId: mentee.id, fullName: 'Eli Mentee', headline: null },
        connection: null,
        compatibility: expect.any(Number),
        confident: expect.any(Boolean),
        reasons: expect.any(Array),
      },
    ]);
    // The mentor sees the fit the mentee saw on the mentor's page.
    const seenByMentee = await api.get(mentee.who, `/mentors/${mentor.id}`);
    expect(incoming.body.data[0]).toMatchObject({ compatibility: seenByMentee.body.compatibility, reasons: seenByMentee.body.reasons });
    expect(JSON.stringify(incoming.body)).not.toContain('@example.edu');
    const outgoing = await api.get(mentee.who, '/requests?status=pending');
    expect(outgoing.body.data.map((request: { documentId: string }) => request.documentId)).toEqual([requestId]);
    expect(outgoing.body.data[0]).not.toHaveProperty('mentee');

    const accepted = await api.post(mentor.who, `/requests/${requestId}/accept`);

    expect(accepted.status).toBe(200);
    const connectionId = accepted.body.connection.documentId;
    expect(accepted.body).toEqual({
      request: expect.objectContaining({ documentId: requestId, status: 'accepted', respondedAt: expect.any(String), connection: { documentId: connectionId, status: 'active' } }),
      connection: { documentId: connectionId, status: 'active' },
    });
    expect(await keysAbout(app, requestId)).toEqual([`request:${requestId}:accepted@mentee`, `request:${requestId}:received@mentor`]);
    expect((await outbox(app, [`request:${requestId}:accepted@mentee`]))[0]).toMatchObject({
      kind: 'request_accepted',
      recipientId: mentee.id,
      payload: { requestId, mentorId: mentor.id, connectionId, awaitingApproval: false },
    });

    const mine = await api.get(mentee.who, '/connections');
    expect(mine.status).toBe(200);
    expect(mine.body.data).toEqual([
      expect.objectContaining({
        documentId: connectionId,
        status: 'active',
        startedAt: expect.any(String),
        endedAt: null,
        request: requestId,
        mentor: { documentId: mentor.id, fullName: 'Mara Mentor', headline: 'Mara Mentor, engineer' },
        health: { status: 'on_track', reasons: [], contactsThisMonth: 0, firstMonthMeetingDone: false, goalsAgreed: 0, onTrack: true, expected: { contactsPerMonth: 2, firstMeetingWithinDays: 30, goalsToAgree: 2 } },
      }),
    ]);
    const endsAt = new Date(mine.body.data[0].endsAt);
    const startedAt = new Date(mine.body.data[0].startedAt);
    expect(endsAt.getUTCMonth()).toBe((startedAt.getUTCMonth() + 6) % 12);

    const detail = await api.get(mentor.who, `/connections/${connectionId}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ documentId: connectionId, status: 'active', mentee: { documentId: mentee.id, fullName: 'Eli Mentee' }, health: { onTrack: true } });
    expect(detail.body).not.toHaveProperty('mentor');
    expect(JSON.stringify(detail.body)).not.toContain('@example.edu');

    const again = await api.post(mentor.who, `/requests/${requestId}/accept`);
    expectConflict(again, 'not_pending');
    expectConflict(await api.post(mentor.who, `/requests/${requestId}/decline`, {}), 'not_pending');
    expectConflict(await api.post(mentee.who, `/requests/${requestId}/withdraw`), 'not_pending');
    expect(await app.strapi.db.query('plugin::mentoring.connection').count({ where: { request: { documentId: requestId } } })).toBe(1);
  });

  it('declines with a reason and points the mentee to other mentors; a mentee withdraws its own request', async () => {
    const mentor = await mentorWith('Dana Decliner');
    const mentee = await menteeNamed('Finn Asker');
    const first = (await askOf(mentee.who, mentor.id)).body.documentId;

    for (const [body, field] of [
      [{ reason: 5 }, 'reason'],
      [{ reason: 'x'.repeat(1001) }, 'reason'],
      [{ because: 'busy' }, 'because'],
    ] as const) {
      const refused = await api.post(mentor.who, `/requests/${first}/decline`, body);
      expect(refused.status).toBe(400);
      expect(fieldsAtFault(refused)).toEqual([field]);
    }
    const declined = await api.post(mentor.who, `/requests/${first}/decline`, { reason: '  I am travelling all spring.  ' });

    expect(declined.status).toBe(200);
    expect(declined.body.request).toMatchObject({ documentId: first, status: 'declined', reason: 'I am travelling all spring.', respondedAt: expect.any(String) });
    expect(await outbox(app, [`request:${first}:declined@mentee`])).toEqual([
      expect.objectContaining({
        kind: 'request_declined',
        recipientId: mentee.id,
        payload: { requestId: first, mentorId: mentor.id, reason: 'I am travelling all spring.', suggestionsPath: '/portal/mentors' },
      }),
    ]);
    const outgoing = await api.get(mentee.who, '/requests?box=outgoing&status=declined');
    expect(outgoing.body.data).toEqual([expect.objectContaining({ documentId: first, reason: 'I am travelling all spring.' })]);

    const second = (await askOf(mentee.who, mentor.id)).body.documentId;
    const withdrawn = await api.post(mentee.who, `/requests/${second}/withdraw`);

    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.request).toMatchObject({ documentId: second, status: 'withdrawn', mentor: { documentId: mentor.id } });
    expect(await outbox(app, [`request:${second}:withdrawn@mentor`])).toEqual([
      expect.objectContaining({ kind: 'request_withdrawn', recipientId: mentor.id, payload: { requestId: second, menteeId: mentee.id, because: 'mentee_withdrew' } }),
    ]);
    expectConflict(await api.post(mentor.who, `/requests/${second}/accept`), 'not_pending');

    const third = (await askOf(mentee.who, mentor.id)).body.documentId;
    const silent = await api.post(mentor.who, `/requests/${third}/decline`);
    expect(silent.status).toBe(200);
    expect(silent.body.request).toMatchObject({ status: 'declined', reason: null });
  });

  it('ends a connection at its cohort’s official end, and opens none once the cohort is over', async () => {
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const cohort = async (name: string, startDate: string, endDate: string) =>
      (await app.strapi.documents('plugin::mentoring.program').create({ data: { name, startDate, endDate } as any })).id;
    const running = await cohort('Running cohort', day(-60), day(120));
    const over = await cohort('Past cohort', day(-250), day(-1));
    const mentor = await mentorWith('Cohort Mentor');
    const [current, late] = [await menteeNamed('Cohort Current'), await menteeNamed('Cohort Late')];
    const join = (mentee: { id: string }, program: number | string) =>
      app.strapi.db.query('plugin::mentoring.mentee-profile').update({ where: { documentId: mentee.id }, data: { program } });
    await join(current, running);
    await join(late, over);

    const accepted = await api.post(mentor.who, `/requests/${(await askOf(current.who, mentor.id)).body.documentId}/accept`);
    const refused = await api.post(mentor.who, `/requests/${(await askOf(late.who, mentor.id)).body.documentId}/accept`);

    expect(accepted.status).toBe(200);
    const connection = await api.get(current.who, `/connections/${accepted.body.connection.documentId}`);
    expect(connection.body).toMatchObject({ endsAt: `${day(120)}T00:00:00.000Z`, program: { name: 'Running cohort' } });
    expectConflict(refused, 'program_over');
  });

  it('refuses an answer once the response window has closed, even before the tick expires the request', async () => {
    const mentor = await mentorWith('Late Larson');
    const mentee = await menteeNamed('Patient Pat');
    const id = (await askOf(mentee.who, mentor.id)).body.documentId;
    await app.strapi.db.query('plugin::mentoring.mentorship-request').update({ where: { documentId: id }, data: { respondBy: new Date(Date.now() - 1000) } });

    for (const answer of ['accept', 'decline']) {
      const late = await api.post(mentor.who, `/requests/${id}/${answer}`, {});
      expectConflict(late, 'expired');
    }
    expect((await api.post(mentee.who, `/requests/${id}/withdraw`)).status).toBe(200);
  });

  it('validates the request a mentee sends, naming the field', async () => {
    const mentor = await mentorWith('Vera Valid');
    const mentee = await menteeNamed('Ivy Input');
    for (const [body, fields] of [
      [{ message: 'Hello' }, ['mentor']],
      [{ mentor: mentor.id, message: '   ' }, ['message']],
      [{ mentor: mentor.id }, ['message']],
      [{ mentor: mentor.id, message: 'x'.repeat(2001) }, ['message']],
      [{ mentor: 42, message: 'Hello' }, ['mentor']],
      [{ mentor: mentor.id, message: 'Hello', urgent: true }, ['urgent']],
    ] as const) {
      const refused = await api.post(mentee.who, '/requests', body);
      expect(refused.status).toBe(400);
      expect(fieldsAtFault(refused)).toEqual(fields);
    }
    expect((await api.post(mentee.who, '/requests', [1, 2])).status).toBe(400);
    expect((await askOf(mentee.who, 'nosuchmentor000000000000')).status).toBe(404);
    expect((await askOf(mentee.who, mentee.id)).status).toBe(404);
    for (const query of ['box=sideways', 'status=lost', 'page=2']) {
      expect((await api.get(mentee.who, `/requests?${query}`)).status).toBe(400);
    }
    const wrongBox = await api.get(mentee.who, '/requests?box=incoming');
    expect(wrongBox.status).toBe(400);
    expect(fieldsAtFault(wrongBox)).toEqual(['box']);
    expect((await api.get(mentor.who, '/requests?box=outgoing')).status).toBe(400);
    expect(await app.strapi.db.query('plugin::mentoring.mentorship-request').count({ where: { mentee: { documentId: mentee.id } } })).toBe(0);
  });

  it('holds a mentee to its limits: open requests, one per mentor, and its mentors; reaching the last withdraws the rest', async () => {
    await settingsService(app).update({ maxActiveMentorsPerMentee: 1 });
    try {
      const mentors = [];
      for (const name of ['Lim One', 'Lim Two', 'Lim Three', 'Lim Four']) mentors.push(await mentorWith(name));
      const mentee = await menteeNamed('Greedy Gus');
      const asked = [];
      for (const mentor of mentors.slice(0, 3)) {
        const response = await askOf(mentee.who, mentor.id);
        expect(response.status).toBe(201);
        asked.push(response.body.documentId);
      }

      const fourth = await askOf(mentee.who, mentors[3].id);
      expectConflict(fourth, 'pending_limit');
      const duplicate = await askOf(mentee.who, mentors[0].id);
      expectConflict(duplicate, 'duplicate_pending');
      expect(fieldsAtFault(duplicate)).toEqual(['mentor']);

      expect((await api.post(mentors[0].who, `/requests/${asked[0]}/accept`)).status).toBe(200);

      const outgoing = await api.get(mentee.who, '/requests');
      const statuses = Object.fromEntries(outgoing.body.data.map((request: { documentId: string; status: string }) => [request.documentId, request.status]));
      expect(statuses).toEqual({ [asked[0]]: 'accepted', [asked[1]]: 'withdrawn', [asked[2]]: 'withdrawn' });
      for (const n of [1, 2]) {
        expect(await outbox(app, [`request:${asked[n]}:withdrawn@mentor`])).toEqual([
          expect.objectContaining({ kind: 'request_withdrawn', recipientId: mentors[n].id, payload: { requestId: asked[n], menteeId: mentee.id, because: 'mentee_at_limit' } }),
        ]);
      }
      expectConflict(await api.post(mentors[1].who, `/requests/${asked[1]}/accept`), 'not_pending');

      const atLimit = await askOf(mentee.who, mentors[3].id);
      expectConflict(atLimit, 'mentee_limit');
      const connected = await askOf(mentee.who, mentors[0].id);
      expectConflict(connected, 'already_connected');
    } finally {
      await settingsService(app).update({ maxActiveMentorsPerMentee: 2 });
    }
  });

  it('keeps a full mentor out of requests and suggestions, and brings it back when a place frees up', async () => {
    const mentor = await mentorWith('Cap Carter', 1);
    const [first, second, third] = [await menteeNamed('Ann First'), await menteeNamed('Ben Second'), await menteeNamed('Cat Third')];
    const firstRequest = (await askOf(first.who, mentor.id)).body.documentId;
    const secondRequest = (await askOf(second.who, mentor.id)).body.documentId;
    const accepting = async () => ({
      own: (await api.get(mentor.who, '/me')).body.profile.acceptingRequests,
      detail: (await api.get(third.who, `/mentors/${mentor.id}`)).body.acceptingRequests,
      card: (await api.get(third.who, '/mentors?q=Carter')).body.data.find((card: { documentId: string }) => card.documentId === mentor.id)?.acceptingRequests,
    });
    const suggested = async () => {
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const response = await api.get(third.who, '/suggestions?limit=50');
      return response.body.data.some((entry: { mentor: { documentId: string } }) => entry.mentor.documentId === mentor.id);
    };
    expect(await accepting()).toEqual({ own: true, detail: true, card: true });
    expect(await suggested()).toBe(true);

    const accepted = await api.post(mentor.who, `/requests/${firstRequest}/accept`);
    expect(accepted.status).toBe(200);

    expect(await accepting()).toEqual({ own: false, detail: false, card: false });
    expect(await suggested()).toBe(false);
    const full = await askOf(third.who, mentor.id);
    expectConflict(full, 'at_capacity');
    const over = await api.post(mentor.who, `/requests/${secondRequest}/accept`);
    expectConflict(over, 'at_capacity');

    const ended = await api.post(first.who, `/connections/${accepted.body.connection.documentId}/end`, { reason: 'We covered what I needed.' });
    expect(ended.status).toBe(200);

    expect(await accepting()).toEqual({ own: true, detail: true, card: true });
    expect(await suggested()).toBe(true);
    expect((await api.post(mentor.who, `/requests/${secondRequest}/accept`)).status).toBe(200);
  });

  it('ends a connection early with a reason: the other side and staff are told, and it stays ended', async () => {
    const mentor = await mentorWith('Eve Ender');
    const mentee = await menteeNamed('Max Leaver');
    const requestId = (await askOf(mentee.who, mentor.id)).body.documentId;
    const connectionId = (await api.post(mentor.who, `/requests/${requestId}/accept`)).body.connection.documentId;

    for (const [body, field] of [[{}, 'reason'], [{ reason: '   ' }, 'reason'], [{ reason: 'x'.repeat(1001) }, 'reason'], [{ reason: 'ok', extra: 1 }, 'extra']] as const) {
      const refused = await api.post(mentee.who, `/connections/${connectionId}/end`, body);
      expect(refused.status).toBe(400);
      expect(fieldsAtFault(refused)).toEqual([field]);
    }
    const ended = await api.post(mentee.who, `/connections/${connectionId}/end`, { reason: '  My internship takes all my time.  ' });

    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({
      documentId: connectionId,
      status: 'ended_early',
      endedAt: expect.any(String),
      endedBy: 'mentee',
      endReason: 'My internship takes all my time.',
      mentor: { documentId: mentor.id },
      health: null,
    });
    const payload = { connectionId, endedBy: 'mentee', reason: 'My internship takes all my time.' };
    expect(await outbox(app, [`connection:${connectionId}:ended@mentor`, `connection:${connectionId}:ended@staff`])).toEqual([
      expect.objectContaining({ kind: 'connection_ended', recipientRole: 'mentor', recipientId: mentor.id, payload }),
      expect.objectContaining({ kind: 'connection_ended', recipientRole: 'staff', recipientId: null, payload }),
    ]);
    expect(await keysAbout(app, connectionId)).toEqual([`connection:${connectionId}:ended@mentor`, `connection:${connectionId}:ended@staff`]);

    const again = await api.post(mentor.who, `/connections/${connectionId}/end`, { reason: 'Me too' });
    expectConflict(again, 'not_active');
    expect((await api.get(mentor.who, `/connections/${connectionId}`)).body).toMatchObject({ status: 'ended_early', health: null });
  });

  describe('who may call each route', () => {
    let mentor: Awaited<ReturnType<typeof mentorWith>>;
    let mentee: Awaited<ReturnType<typeof menteeNamed>>;
    let otherMentor: Awaited<ReturnType<typeof mentorWith>>;
    let otherMentee: Awaited<ReturnType<typeof menteeNamed>>;
    let pending: string;
    let connection: string;

    beforeAll(async () => {
      mentor = await mentorWith('Auth Owner');
      mentee = await menteeNamed('Auth Mentee');
      otherMentor = await mentorWith('Auth Stranger');
      otherMentee = await menteeNamed('Auth Outsider');
      const first = (await askOf(mentee.who, mentor.id)).body.documentId;
      connection = (await api.post(mentor.who, `/requests/${first}/accept`)).body.connection.documentId;
      pending = (await askOf(mentee.who, otherMentor.id)).body.documentId;
    });

    const routes = () => [
      { method: 'post' as const, url: '/requests', body: { mentor: mentor.id, message: 'Hello' }, wrongRole: () => mentor.who },
      { method: 'get' as const, url: '/requests' },
      { method: 'post' as const, url: `/requests/${pending}/accept`, wrongRole: () => mentee.who, stranger: () => mentor.who },
      { method: 'post' as const, url: `/requests/${pending}/decline`, body: {}, wrongRole: () => mentee.who, stranger: () => mentor.who },
      { method: 'post' as const, url: `/requests/${pending}/withdraw`, wrongRole: () => otherMentor.who, stranger: () => otherMentee.who },
      { method: 'get' as const, url: '/connections' },
      { method: 'get' as const, url: `/connections/${connection}`, stranger: () => otherMentee.who },
      { method: 'post' as const, url: `/connections/${connection}/end`, body: { reason: 'Hijack' }, stranger: () => otherMentor.who },
    ];
    const send = (route: ReturnType<typeof routes>[number], who: Participant | null) =>
      route.method === 'get' ? api.get(who, route.url) : api.post(who, route.url, route.body);

    it('answers 401 to anonymous callers and 403 to the wrong role', async () => {
      for (const route of routes()) {
        expect([route.url, (await send(route, null)).status]).toEqual([route.url, 401]);
        if (route.wrongRole) expect([route.url, (await send(route, route.wrongRole())).status]).toEqual([route.url, 403]);
      }
    });

    it('answers 404 to a stranger, exactly as for an unknown id, and changes nothing', async () => {
      for (const route of routes().filter((candidate) => candidate.stranger)) {
        const response = await send(route, route.stranger!());
        expect([route.url, response.status]).toEqual([route.url, 404]);
        expect(JSON.stringify(response.body)).not.toContain('Auth');
        const unknown = { ...route, url: route.url.replace(/(requests|connections)\/[^/]+/, '$1/nosuchid0000000000000000') };
        expect([unknown.url, (await send(unknown, route.stranger!())).status]).toEqual([unknown.url, 404]);
      }
      expect((await api.get(mentor.who, `/connections/${connection}`)).body.status).toBe('active');
      expect((await api.get(mentee.who, '/requests?status=pending')).body.data.map((request: { documentId: string }) => request.documentId)).toEqual([pending]);
    });

    it('lists only the caller’s own requests and connections', async () => {
      expect((await api.get(otherMentee.who, '/requests')).body.data).toEqual([]);
      expect((await api.get(otherMentee.who, '/connections')).body.data).toEqual([]);
      expect((await api.get(otherMentor.who, '/connections')).body.data).toEqual([]);
      expect((await api.get(otherMentor.who, '/requests')).body.data.map((request: { documentId: string }) => request.documentId)).toEqual([pending]);
    });
  });
});
