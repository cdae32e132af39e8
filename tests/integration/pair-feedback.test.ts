import { addDays } from 'date-fns';
import { startApp, type TestApp } from '../harness/strapi';
import { signUpConfirmed, type Participant } from '../harness/participants';
import { as, connect, fieldsOf } from '../harness/pairs';

/** Each side rates its connection: any time, once at mid-point, once at the end. */
describe('pair feedback', () => {
  let app: TestApp;
  let mentee: Participant;
  let mentor: Participant;
  let stranger: Participant;
  const feedbackOf = (id: string) => `/api/mentoring/connections/${id}/feedback`;

  beforeAll(async () => {
    app = await startApp();
    mentee = await signUpConfirmed(app, 'mentee', 'Ada Mentee');
    mentor = await signUpConfirmed(app, 'mentor', 'Bo Mentor');
    stranger = await signUpConfirmed(app, 'mentor', 'Cy Stranger');
  });
  afterAll(() => app?.stop());

  it('takes the moment from the calendar: ad hoc early on, mid-point past half-way, end once over', async () => {
    const early = await connect(app, mentee, mentor, { startedAt: addDays(new Date(), -10), endsAt: addDays(new Date(), 170) });
    const response = await as(app, mentee).post(feedbackOf(early.documentId), { rating: 4, comments: '  Great start ' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ side: 'mentee', moment: 'ad_hoc', rating: 4, comments: 'Great start' });
    expect(response.body).not.toHaveProperty('onceKey');

    const halfway = await connect(app, mentee, mentor, { startedAt: addDays(new Date(), -100), endsAt: addDays(new Date(), 80) });
    expect((await as(app, mentor).post(feedbackOf(halfway.documentId), { rating: 5 })).body).toMatchObject({ side: 'mentor', moment: 'midpoint', comments: null });

    const over = await connect(app, mentee, mentor, { status: 'completed', startedAt: addDays(new Date(), -190), endsAt: addDays(new Date(), -10), endedAt: addDays(new Date(), -10) });
    expect((await as(app, mentee).post(feedbackOf(over.documentId), { rating: 3 })).body.moment).toBe('end');
    const endedEarly = await connect(app, mentee, mentor, { status: 'ended_early', startedAt: addDays(new Date(), -20), endedAt: new Date() });
    expect((await as(app, mentor).post(feedbackOf(endedEarly.documentId), { rating: 2 })).body.moment).toBe('end');
    // Past the official end, before the tick marked it completed.
    const due = await connect(app, mentee, mentor, { startedAt: addDays(new Date(), -181), endsAt: addDays(new Date(), -1) });
    expect((await as(app, mentee).post(feedbackOf(due.documentId), { rating: 4 })).body.moment).toBe('end');
  });

  it('takes one mid-point and one end feedback per side, ad hoc as often as wanted', async () => {
    const over = await connect(app, mentee, mentor, { status: 'completed', startedAt: addDays(new Date(), -190), endsAt: addDays(new Date(), -10), endedAt: addDays(new Date(), -10) });
    const url = feedbackOf(over.documentId);
    expect((await as(app, mentee).post(url, { rating: 5, moment: 'end' })).status).toBe(201);
    const again = await as(app, mentee).post(url, { rating: 1, moment: 'end' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already given your end-of-program feedback/);
    expect((await as(app, mentor).post(url, { rating: 4, moment: 'end' })).status).toBe(201);
    expect((await as(app, mentee).post(url, { rating: 4, moment: 'midpoint' })).status).toBe(201);
    expect((await as(app, mentee).post(url, { rating: 4, moment: 'midpoint' })).status).toBe(409);
    for (let i = 0; i < 3; i += 1) expect((await as(app, mentee).post(url, { rating: 3, moment: 'ad_hoc' })).status).toBe(201);

    const mine = await as(app, mentee).get(url);
    expect(mine.status).toBe(200);
    expect(mine.body.data.map((row: any) => [row.moment, row.rating])).toEqual([['end', 5], ['midpoint', 4], ['ad_hoc', 3], ['ad_hoc', 3], ['ad_hoc', 3]]);
    // Each side sees its own feedback only.
    expect((await as(app, mentor).get(url)).body.data.map((row: any) => [row.side, row.moment])).toEqual([['mentor', 'end']]);
  });

  it('writes one end feedback however many submits arrive at once', async () => {
    const over = await connect(app, mentee, mentor, { status: 'completed', startedAt: addDays(new Date(), -190), endsAt: addDays(new Date(), -10), endedAt: addDays(new Date(), -10) });
    const responses = await Promise.all(Array.from({ length: 5 }, () => as(app, mentor).post(feedbackOf(over.documentId), { rating: 5, moment: 'end' })));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(await app.strapi.db.query('plugin::mentoring.feedback').count({ where: { connection: { id: over.id }, moment: 'end' } })).toBe(1);
    // The database itself holds the line, not only the check before the write.
    await expect(
      app.strapi.db.query('plugin::mentoring.feedback').create({ data: { side: 'mentor', moment: 'end', rating: 1, onceKey: `${over.documentId}:mentor:end` } }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^(23505|SQLITE_CONSTRAINT_UNIQUE)$/) });
  });

  it('refuses a moment that has not come, and a connection that never started', async () => {
    const early = await connect(app, mentee, mentor, { startedAt: addDays(new Date(), -10), endsAt: addDays(new Date(), 170) });
    const end = await as(app, mentee).post(feedbackOf(early.documentId), { rating: 4, moment: 'end' });
    expect(end.status).toBe(409);
    expect(fieldsOf(end.body)).toEqual(['moment']);
    expect((await as(app, mentee).post(feedbackOf(early.documentId), { rating: 4, moment: 'midpoint' })).status).toBe(409);
    const waiting = await connect(app, mentee, mentor, { status: 'awaiting_approval', startedAt: null });
    expect((await as(app, mentee).post(feedbackOf(waiting.documentId), { rating: 4 })).status).toBe(409);
    const rejected = await connect(app, mentee, mentor, { status: 'ended_early', startedAt: null, endedAt: new Date() });
    expect((await as(app, mentee).post(feedbackOf(rejected.documentId), { rating: 4 })).status).toBe(409);
  });

  it('opens the fit check after the first meeting, once per side, and reports each moment to the caller', async () => {
    const started = addDays(new Date(), -10);
    const endsAt = addDays(new Date(), 170);
    const connection = await connect(app, mentee, mentor, { startedAt: started, endsAt });
    const url = feedbackOf(connection.documentId);
    const momentsOf = async (who: Participant) => (await as(app, who).get(url)).body.meta.moments;

    expect(await momentsOf(mentee)).toEqual([
      { moment: 'fit_check', open: false, given: false, opensAt: null },
      { moment: 'midpoint', open: false, given: false, opensAt: new Date((started.getTime() + endsAt.getTime()) / 2).toISOString() },
      { moment: 'end', open: false, given: false, opensAt: endsAt.toISOString() },
    ]);
    const tooEarly = await as(app, mentee).post(url, { rating: 4, moment: 'fit_check' });
    expect(tooEarly.status).toBe(409);
    expect(fieldsOf(tooEarly.body)).toEqual(['moment']);
    expect(tooEarly.body.error.message).toMatch(/after your first meeting/);

    // A phone call is not a meeting; a video call still ahead has not happened yet.
    const contacts = `/api/mentoring/connections/${connection.documentId}/interactions`;
    await as(app, mentor).post(contacts, { occurredAt: addDays(new Date(), -5).toISOString(), mode: 'phone' });
    await as(app, mentor).post(contacts, { occurredAt: addDays(new Date(), 3).toISOString(), mode: 'video' });
    expect((await as(app, mentee).post(url, { rating: 4, moment: 'fit_check' })).status).toBe(409);
    const met = addDays(new Date(), -2);
    await as(app, mentee).post(contacts, { occurredAt: met.toISOString(), mode: 'in_person' });

    expect((await momentsOf(mentee))[0]).toEqual({ moment: 'fit_check', open: true, given: false, opensAt: met.toISOString() });
    const given = await as(app, mentee).post(url, { rating: 5, comments: 'A good fit', moment: 'fit_check' });
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({ side: 'mentee', moment: 'fit_check', rating: 5, comments: 'A good fit' });
    const again = await as(app, mentee).post(url, { rating: 2, moment: 'fit_check' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already given your fit-check feedback/);
    expect((await momentsOf(mentee))[0]).toMatchObject({ moment: 'fit_check', open: false, given: true });
    // The other side still has its own fit check to give.
    expect((await momentsOf(mentor))[0]).toMatchObject({ moment: 'fit_check', open: true, given: false });
    expect((await as(app, mentor).post(url, { rating: 3, moment: 'fit_check' })).status).toBe(201);
  });

  it('names the field at fault', async () => {
    const connection = await connect(app, mentee, mentor);
    const cases: [object, string][] = [
      [{}, 'rating'],
      [{ rating: 0 }, 'rating'],
      [{ rating: 6 }, 'rating'],
      [{ rating: 4.5 }, 'rating'],
      [{ rating: '5' }, 'rating'],
      [{ rating: 5, comments: 'x'.repeat(2001) }, 'comments'],
      [{ rating: 5, moment: 'whenever' }, 'moment'],
      [{ rating: 5, side: 'mentor' }, 'side'],
    ];
    for (const [body, field] of cases) {
      const response = await as(app, mentee).post(feedbackOf(connection.documentId), body);
      expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), 400]);
      expect(fieldsOf(response.body)).toContain(field);
    }
  });

  it('keeps strangers and anonymous callers out', async () => {
    const connection = await connect(app, mentee, mentor);
    await as(app, mentee).post(feedbackOf(connection.documentId), { rating: 2, comments: 'Honest words' });
    for (const response of [
      await as(app, stranger).get(feedbackOf(connection.documentId)),
      await as(app, stranger).post(feedbackOf(connection.documentId), { rating: 1 }),
      await as(app, mentee).post(feedbackOf('no-such-connection'), { rating: 1 }),
    ]) {
      expect(response.status).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain('Honest words');
    }
    expect((await as(app).post(feedbackOf(connection.documentId), { rating: 1 })).status).toBe(401);
    expect((await as(app).get(feedbackOf(connection.documentId))).status).toBe(401);
    expect(await app.strapi.db.query('plugin::mentoring.feedback').count({ where: { connection: { id: connection.id } } })).toBe(1);
  });
});
