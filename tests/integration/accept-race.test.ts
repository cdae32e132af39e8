import { startApp, type TestApp } from '../harness/strapi';
import { signUpConfirmed, type Participant } from '../harness/participants';
import { participantApi, settingsService } from '../harness/requests';

/**
 * Limits under concurrent calls: a mentor's capacity, a mentee's mentors and open requests hold
 * however many calls arrive at once (row locks on PostgreSQL, one writer at a time on SQLite).
 */
describe('requests under concurrency', () => {
  let app: TestApp;
  const api = participantApi(() => app);

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  async function many(role: 'mentor' | 'mentee', count: number, tag: string): Promise<Participant[]> {
    const people: Participant[] = [];
    for (let i = 0; i < count; i += 10) {
      const batch = Array.from({ length: Math.min(10, count - i) }, (_, j) => signUpConfirmed(app, role, `${tag} ${i + j}`, { login: false }));
      people.push(...(await Promise.all(batch)));
    }
    return people;
  }

  const statusCounts = (responses: { status: number }[]) =>
    responses.reduce<Record<number, number>>((counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});

  it('lets exactly 3 of 50 simultaneous accepts through to a mentor with capacity 3', async () => {
    const [mentor] = await many('mentor', 1, 'Busy Mentor');
    await api.put(mentor, '/me/profile', { capacity: 3 });
    const mentorId = await api.profileId(mentor);
    const mentees = await many('mentee', 50, 'Hopeful Mentee');
    const asked = await Promise.all(mentees.map((mentee) => api.post(mentee, '/requests', { mentor: mentorId, message: 'Would you mentor me?' })));
    expect(statusCounts(asked)).toEqual({ 201: 50 });
    const requests: string[] = asked.map((response) => response.body.documentId);

    const answers = await Promise.all(requests.map((id) => api.post(mentor, `/requests/${id}/accept`)));

    expect(statusCounts(answers)).toEqual({ 200: 3, 409: 47 });
    expect(new Set(answers.filter((answer) => answer.status === 409).map((answer) => answer.body.error.details.code))).toEqual(new Set(['at_capacity']));
    const connections = await app.strapi.db.query('plugin::mentoring.connection').findMany({ where: { mentor: { documentId: mentorId } }, select: ['id', 'status'] });
    expect(connections.map((connection: { status: string }) => connection.status)).toEqual(['active', 'active', 'active']);
    expect(await app.strapi.db.query('plugin::mentoring.mentorship-request').count({ where: { mentor: { documentId: mentorId }, status: 'accepted' } })).toBe(3);
    expect(await app.strapi.db.query('plugin::mentoring.notification').count({ where: { kind: 'request_accepted', dedupeKey: { $in: requests.map((id) => `request:${id}:accepted@mentee`) } } })).toBe(3);
    expect((await api.get(mentor, '/me')).body.profile.acceptingRequests).toBe(false);
  }, 180_000);

  it('gives a mentee at most its one allowed mentor when its mentors all accept at once', async () => {
    await settingsService(app).update({ maxActiveMentorsPerMentee: 1 });
    try {
      const mentors = await many('mentor', 3, 'Eager Mentor');
      const [mentee] = await many('mentee', 1, 'Popular Mentee');
      const asked: string[] = [];
      for (const mentor of mentors) {
        const response = await api.post(mentee, '/requests', { mentor: await api.profileId(mentor), message: 'Hello' });
        asked.push(response.body.documentId);
      }

      const answers = await Promise.all(mentors.map((mentor, i) => api.post(mentor, `/requests/${asked[i]}/accept`)));

      expect(statusCounts(answers)).toEqual({ 200: 1, 409: 2 });
      expect(await app.strapi.db.query('plugin::mentoring.connection').count({ where: { mentee: { documentId: await api.profileId(mentee) } } })).toBe(1);
      const statuses = (await api.get(mentee, '/requests')).body.data.map((request: { status: string }) => request.status).sort();
      expect(statuses).toEqual(['accepted', 'withdrawn', 'withdrawn']);
    } finally {
      await settingsService(app).update({ maxActiveMentorsPerMentee: 2 });
    }
  });

  it('keeps a mentee to 3 open requests when it sends 8 at once', async () => {
    const mentors = await many('mentor', 8, 'Asked Mentor');
    const [mentee] = await many('mentee', 1, 'Hasty Mentee');
    const mentorIds = await Promise.all(mentors.map((mentor) => api.profileId(mentor)));

    const asked = await Promise.all(mentorIds.map((id) => api.post(mentee, '/requests', { mentor: id, message: 'Hello' })));

    expect(statusCounts(asked)).toEqual({ 201: 3, 409: 5 });
    expect((await api.get(mentee, '/requests?status=pending')).body.data).toHaveLength(3);
  });
});
