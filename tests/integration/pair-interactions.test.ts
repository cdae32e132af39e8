import { addDays, addHours } from 'date-fns';
import type { Response } from 'superagent';
import { startApp, type TestApp } from '../harness/strapi';
import type { Participant } from '../harness/participants';
import { as, connect, fieldsOf, outbox, pairWithStranger, type Connection } from '../harness/pairs';

/** supertest's parser for a body it does not know (text/calendar): the text itself. */
const asText = (response: Response, done: (error: Error | null, body: string) => void) => {
  // In Node, superagent hands the parser the incoming message: a stream.
  const stream = response as unknown as NodeJS.ReadableStream;
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  stream.on('end', () => done(null, text));
};

/** Logged contacts and scheduled meetings: notes encrypted, invites through the outbox. */
describe('pair interactions', () => {
  let app: TestApp;
  let mentee: Participant;
  let mentor: Participant;
  let stranger: Participant;
  let connection: Connection;
  const contactsOf = (id: string) => `/api/mentoring/connections/${id}/interactions`;
  const meetingRows = async (kind: string, interactionId: string) =>
    (await outbox(app, kind)).filter((row: any) => row.payload.interactionId === interactionId);

  beforeAll(async () => {
    app = await startApp();
    ({ mentee, mentor, stranger, connection } = await pairWithStranger(app));
  });
  afterAll(() => app?.stop());

  it('logs a past contact with private notes, stored encrypted, listed newest first', async () => {
    const goal = await as(app, mentee).post(`/api/mentoring/connections/${connection.documentId}/goals`, { title: 'Network', category: 'career_management' });
    const notes = 'Talked about the offer from Acme — confidential ✓';
    const earlier = await as(app, mentee).post(contactsOf(connection.documentId), {
      occurredAt: addDays(new Date(), -10).toISOString(), mode: 'video', minutes: 45, notes, goals: [goal.body.documentId, goal.body.documentId],
    });
    expect(earlier.status).toBe(201);
    expect(earlier.body).toMatchObject({ mode: 'video', minutes: 45, loggedBy: 'mentee', notes, goals: [goal.body.documentId], cancelledAt: null, sequence: 0 });
    const later = await as(app, mentor).post(contactsOf(connection.documentId), { occurredAt: addDays(new Date(), -2).toISOString(), mode: 'phone' });
    expect(later.body).toMatchObject({ loggedBy: 'mentor', minutes: null, notes: null, goals: [] });

    const raw = await (app.strapi.db.connection as any)('mentoring_interactions').where({ document_id: earlier.body.documentId }).first();
    expect(raw.notes_cipher).toMatch(/^v1:/);
    expect(raw.notes_cipher).not.toContain('Acme');
    expect(JSON.stringify(raw)).not.toContain('Acme');

    const list = await as(app, mentor).get(contactsOf(connection.documentId));
    expect(list.status).toBe(200);
    expect(list.body.data.map((row: any) => row.documentId).slice(0, 2)).toEqual([later.body.documentId, earlier.body.documentId]);
    expect(list.body.data[1].notes).toBe(notes);
    // No past contact is a meeting invite.
    expect(await meetingRows('meeting_scheduled', earlier.body.documentId)).toEqual([]);
  });

  it('schedules a future meeting: both sides invited, then updated with sequence 1, then cancelled', async () => {
    const startsAt = addDays(new Date(), 7);
    const scheduled = await as(app, mentor).post(contactsOf(connection.documentId), { occurredAt: startsAt.toISOString(), mode: 'in_person', minutes: 60, notes: 'Bring the CV' });
    expect(scheduled.status).toBe(201);
    const id = scheduled.body.documentId;
    const invites = await meetingRows('meeting_scheduled', id);
    expect(invites.map((row: any) => [row.recipientRole, row.dedupeKey]).sort()).toEqual([
      ['mentee', `interaction:${id}:v0:scheduled@mentee`],
      ['mentor', `interaction:${id}:v0:scheduled@mentor`],
    ]);
    expect(invites[0].payload).toEqual({ connectionId: connection.documentId, interactionId: id, startsAt: startsAt.toISOString(), minutes: 60, mode: 'in_person', sequence: 0 });
    expect(JSON.stringify(invites)).not.toContain('Bring the CV');

    // Notes alone do not change the invite.
    const noted = await as(app, mentee).patch(`/api/mentoring/interactions/${id}`, { notes: 'Bring the CV and the portfolio' });
    expect(noted.body).toMatchObject({ sequence: 0, notes: 'Bring the CV and the portfolio' });
    expect(await meetingRows('meeting_updated', id)).toEqual([]);

    const moved = addHours(startsAt, 2);
    const updated = await as(app, mentee).patch(`/api/mentoring/interactions/${id}`, { occurredAt: moved.toISOString(), mode: 'video' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ occurredAt: moved.toISOString(), mode: 'video', minutes: 60, sequence: 1, notes: 'Bring the CV and the portfolio' });
    const updates = await meetingRows('meeting_updated', id);
    expect(updates.map((row: any) => row.dedupeKey).sort()).toEqual([`interaction:${id}:v1:updated@mentee`, `interaction:${id}:v1:updated@mentor`]);
    expect(updates[0].payload).toMatchObject({ startsAt: moved.toISOString(), mode: 'video', sequence: 1 });

    const cancelled = await as(app, mentor).delete(`/api/mentoring/interactions/${id}`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ documentId: id, sequence: 2 });
    expect(cancelled.body.cancelledAt).not.toBeNull();
    const cancels = await meetingRows('meeting_cancelled', id);
    expect(cancels.map((row: any) => [row.recipientRole, row.payload.sequence]).sort()).toEqual([['mentee', 2], ['mentor', 2]]);

    // A cancelled meeting stays listed, and can be neither changed nor cancelled again.
    expect((await as(app, mentee).get(contactsOf(connection.documentId))).body.data.find((row: any) => row.documentId === id).cancelledAt).not.toBeNull();
    expect((await as(app, mentee).patch(`/api/mentoring/interactions/${id}`, { minutes: 30 })).status).toBe(409);
    expect((await as(app, mentee).delete(`/api/mentoring/interactions/${id}`)).status).toBe(409);
  });

  it('removes a past contact logged by mistake, notes and all', async () => {
    const logged = await as(app, mentee).post(contactsOf(connection.documentId), { occurredAt: addDays(new Date(), -1).toISOString(), mode: 'email', notes: 'oops' });
    const removed = await as(app, mentor).delete(`/api/mentoring/interactions/${logged.body.documentId}`);
    expect(removed.status).toBe(204);
    expect(await app.strapi.db.query('plugin::mentoring.interaction').count({ where: { documentId: logged.body.documentId } })).toBe(0);
    expect(await meetingRows('meeting_cancelled', logged.body.documentId)).toEqual([]);
  });

  it('tells both sides when a past contact is moved into the future', async () => {
    const logged = await as(app, mentee).post(contactsOf(connection.documentId), { occurredAt: addDays(new Date(), -1).toISOString(), mode: 'phone' });
    const id = logged.body.documentId;
    await as(app, mentee).patch(`/api/mentoring/interactions/${id}`, { minutes: 20 });
    expect(await meetingRows('meeting_updated', id)).toEqual([]);
    const ahead = await as(app, mentee).patch(`/api/mentoring/interactions/${id}`, { occurredAt: addDays(new Date(), 3).toISOString() });
    expect(ahead.body.sequence).toBe(2);
    expect((await meetingRows('meeting_updated', id)).map((row: any) => row.dedupeKey).sort()).toEqual([`interaction:${id}:v2:updated@mentee`, `interaction:${id}:v2:updated@mentor`]);
  });

  it('names the field at fault', async () => {
    const now = new Date();
    const cases: [object, string][] = [
      [{ mode: 'video' }, 'occurredAt'],
      [{ occurredAt: 'yesterday', mode: 'video' }, 'occurredAt'],
      [{ occurredAt: '2026-11-03T17:00:00', mode: 'video' }, 'occurredAt'],
      [{ occurredAt: addDays(now, -31).toISOString(), mode: 'video' }, 'occurredAt'],
      [{ occurredAt: addDays(now, 366).toISOString(), mode: 'video' }, 'occurredAt'],
      [{ occurredAt: now.toISOString(), mode: 'carrier_pigeon' }, 'mode'],
      [{ occurredAt: now.toISOString(), mode: 'video', minutes: 0 }, 'minutes'],
      [{ occurredAt: now.toISOString(), mode: 'video', minutes: 1441 }, 'minutes'],
      [{ occurredAt: now.toISOString(), mode: 'video', minutes: 1.5 }, 'minutes'],
      [{ occurredAt: now.toISOString(), mode: 'video', notes: 'x'.repeat(5001) }, 'notes'],
      [{ occurredAt: now.toISOString(), mode: 'video', goals: ['not-a-goal'] }, 'goals.0'],
      [{ occurredAt: now.toISOString(), mode: 'video', goals: 'all' }, 'goals'],
      [{ occurredAt: now.toISOString(), mode: 'video', loggedBy: 'mentor' }, 'loggedBy'],
    ];
    for (const [body, field] of cases) {
      const response = await as(app, mentee).post(contactsOf(connection.documentId), body);
      expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), 400]);
      expect(fieldsOf(response.body)).toContain(field);
    }
    // Another pair's goal is not this connection's.
    const theirs = await app.strapi.db.query('plugin::mentoring.goal').create({ data: { documentId: 'othergoal000000000000000', title: 'Theirs', category: 'academic', status: 'proposed', proposedBy: 'mentee' } });
    const foreign = await as(app, mentee).post(contactsOf(connection.documentId), { occurredAt: now.toISOString(), mode: 'video', goals: [theirs.documentId] });
    expect(fieldsOf(foreign.body)).toEqual(['goals.0']);

    const logged = await as(app, mentee).post(contactsOf(connection.documentId), { occurredAt: now.toISOString(), mode: 'video' });
    for (const [body, field] of [[{}, 'occurredAt'], [{ minutes: -5 }, 'minutes'], [{ sequence: 7 }, 'sequence']] as [object, string][]) {
      const response = await as(app, mentee).patch(`/api/mentoring/interactions/${logged.body.documentId}`, body);
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toContain(field);
    }
  });

  it('shows strangers nothing: 404 on every route, notes never in a response, nothing changed', async () => {
    const meeting = await as(app, mentee).post(contactsOf(connection.documentId), { occurredAt: addDays(new Date(), 2).toISOString(), mode: 'video', notes: 'Secret agenda' });
    const id = meeting.body.documentId;
    for (const response of [
      await as(app, stranger).get(contactsOf(connection.documentId)),
      await as(app, stranger).post(contactsOf(connection.documentId), { occurredAt: new Date().toISOString(), mode: 'video' }),
      await as(app, stranger).patch(`/api/mentoring/interactions/${id}`, { notes: 'overwritten' }),
      await as(app, stranger).delete(`/api/mentoring/interactions/${id}`),
      await as(app, mentee).patch('/api/mentoring/interactions/no-such-interaction', { minutes: 5 }),
      await as(app, mentee).delete('/api/mentoring/interactions/no-such-interaction'),
      await as(app, stranger).get(`/api/mentoring/interactions/${id}/calendar.ics`),
      await as(app, mentee).get('/api/mentoring/interactions/no-such-interaction/calendar.ics'),
    ]) {
      expect(response.status).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain('Secret agenda');
    }
    const after = (await as(app, mentor).get(contactsOf(connection.documentId))).body.data.find((row: any) => row.documentId === id);
    expect(after).toMatchObject({ notes: 'Secret agenda', cancelledAt: null, sequence: 0 });
    expect((await as(app).get(contactsOf(connection.documentId))).status).toBe(401);
    expect((await as(app).delete(`/api/mentoring/interactions/${id}`)).status).toBe(401);
  });

  it('gives each side the meeting as a calendar file: the invite\'s event, its own address only, cancelled once cancelled', async () => {
    const startsAt = new Date(Math.ceil(addDays(new Date(), 5).getTime() / 60_000) * 60_000);
    const meeting = await as(app, mentee).post(contactsOf(connection.documentId), { occurredAt: startsAt.toISOString(), mode: 'video', minutes: 30 });
    const id = meeting.body.documentId;
    const calendar = `/api/mentoring/interactions/${id}/calendar.ics`;

    const file = await as(app, mentor).get(calendar).buffer(true).parse(asText);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="meeting-${startsAt.toISOString().slice(0, 10)}.ics"`);
    const ics = String(file.body).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toContain(`UID:${id}@mentoring`);
    expect(ics).toContain(`DTSTART:${startsAt.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    expect(ics).toContain('DURATION:PT30M');
    expect(ics).toContain('STATUS:CONFIRMED');
    expect(ics.toLowerCase()).toContain(`mailto:${mentor.email.toLowerCase()}`);
    // The other side's address stays private, as everywhere in the participant API.
    expect(ics.toLowerCase()).not.toContain(mentee.email.toLowerCase());

    await as(app, mentee).patch(`/api/mentoring/interactions/${id}`, { occurredAt: addHours(startsAt, 2).toISOString() });
    await as(app, mentor).delete(`/api/mentoring/interactions/${id}`);
    const cancelled = await as(app, mentee).get(calendar).buffer(true).parse(asText);
    expect(cancelled.status).toBe(200);
    expect(String(cancelled.body)).toContain('STATUS:CANCELLED');
    expect(String(cancelled.body)).toContain('SEQUENCE:2');
    expect((await as(app).get(calendar)).status).toBe(401);
  });

  it('is read-only once the connection is over', async () => {
    const ended = await connect(app, mentee, mentor, { status: 'ended_early', endedAt: new Date() });
    expect((await as(app, mentee).post(contactsOf(ended.documentId), { occurredAt: new Date().toISOString(), mode: 'video' })).status).toBe(409);
    const old = await app.strapi.documents('plugin::mentoring.interaction').create({
      data: { connection: ended.id, occurredAt: addDays(new Date(), -3), mode: 'phone', loggedBy: 'mentor', sequence: 0 } as any,
    });
    expect((await as(app, mentee).patch(`/api/mentoring/interactions/${old.documentId}`, { minutes: 10 })).status).toBe(409);
    expect((await as(app, mentee).delete(`/api/mentoring/interactions/${old.documentId}`)).status).toBe(409);
    expect((await as(app, mentor).get(contactsOf(ended.documentId))).body.data).toHaveLength(1);
  });
});
