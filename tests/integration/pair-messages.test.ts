import { startApp, type TestApp } from '../harness/strapi';
import type { Participant } from '../harness/participants';
import { adminToken } from '../harness/admin';
import { as, connect, fieldsOf, outbox, pairWithStranger, type Connection } from '../harness/pairs';

/** A pair's message thread: encrypted at rest, readable by the pair alone. */
describe('pair messages', () => {
  let app: TestApp;
  let mentee: Participant;
  let mentor: Participant;
  let stranger: Participant;
  let connection: Connection;
  const threadOf = (id: string) => `/api/mentoring/connections/${id}/messages`;

  beforeAll(async () => {
    app = await startApp();
    ({ mentee, mentor, stranger, connection } = await pairWithStranger(app));
  });
  afterAll(() => app?.stop());

  it('round-trips a message, stores only ciphertext, and tells the other side without the body', async () => {
    const body = 'My manager offered me the Berlin role — 🤫 keep it between us';
    const sent = await as(app, mentee).post(threadOf(connection.documentId), { body: `  ${body}\n` });
    expect(sent.status).toBe(201);
    expect(sent.body).toEqual({ documentId: expect.any(String), author: 'mentee', body, createdAt: expect.any(String) });

    const raw = await (app.strapi.db.connection as any)('mentoring_messages').where({ document_id: sent.body.documentId }).first();
    expect(raw.body_cipher).toMatch(/^v1:[^:]+:[^:]+:[^:]+$/);
    expect(JSON.stringify(raw)).not.toContain('Berlin');

    const told = (await outbox(app, 'message_received')).filter((row: any) => row.payload.messageId === sent.body.documentId);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ recipientRole: 'mentor', dedupeKey: `message:${sent.body.documentId}:received@mentor` });
    expect(told[0].payload).toEqual({ connectionId: connection.documentId, messageId: sent.body.documentId, author: 'mentee' });

    const read = await as(app, mentor).get(threadOf(connection.documentId));
    expect(read.status).toBe(200);
    expect(read.body.data).toEqual([sent.body]);
    expect(read.body.meta).toEqual({ limit: 50, hasOlder: false, before: null });
  });

  it('pages back through the thread with a cursor, each page oldest first', async () => {
    const thread = await connect(app, mentee, mentor);
    const sent: string[] = [];
    for (let i = 1; i <= 7; i += 1) {
      const who = i % 2 ? mentee : mentor;
      sent.push((await as(app, who).post(threadOf(thread.documentId), { body: `message ${i}` })).body.documentId);
    }
    const newest = await as(app, mentee).get(`${threadOf(thread.documentId)}?limit=3`);
    expect(newest.body.data.map((m: any) => m.body)).toEqual(['message 5', 'message 6', 'message 7']);
    expect(newest.body.data.map((m: any) => m.author)).toEqual(['mentee', 'mentor', 'mentee']);
    expect(newest.body.meta).toEqual({ limit: 3, hasOlder: true, before: sent[4] });
    // A message arriving meanwhile does not shift the older pages.
    await as(app, mentor).post(threadOf(thread.documentId), { body: 'message 8' });
    const older = await as(app, mentee).get(`${threadOf(thread.documentId)}?limit=3&before=${newest.body.meta.before}`);
    expect(older.body.data.map((m: any) => m.body)).toEqual(['message 2', 'message 3', 'message 4']);
    const oldest = await as(app, mentee).get(`${threadOf(thread.documentId)}?limit=3&before=${older.body.meta.before}`);
    expect(oldest.body.data.map((m: any) => m.body)).toEqual(['message 1']);
    expect(oldest.body.meta).toEqual({ limit: 3, hasOlder: false, before: null });
  });

  it('names the field at fault', async () => {
    for (const [body, field] of [[{}, 'body'], [{ body: '   ' }, 'body'], [{ body: 'x'.repeat(5001) }, 'body'], [{ body: 42 }, 'body'], [{ body: 'hi', author: 'mentor' }, 'author']] as [object, string][]) {
      const response = await as(app, mentee).post(threadOf(connection.documentId), body);
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toContain(field);
    }
    expect((await as(app, mentee).post(threadOf(connection.documentId), { body: 'x'.repeat(5000) })).status).toBe(201);
    const theirs = await as(app, stranger).post(threadOf((await app.strapi.db.query('plugin::mentoring.connection').findOne({ where: { mentee: { user: { id: stranger.userId } } } })).documentId), { body: 'other thread' });
    expect(theirs.status).toBe(201);
    for (const [query, field] of [['limit=0', 'limit'], ['limit=101', 'limit'], ['limit=ten', 'limit'], ['before=nope', 'before'], [`before=${theirs.body.documentId}`, 'before'], ['populate=*', 'populate']]) {
      const response = await as(app, mentee).get(`${threadOf(connection.documentId)}?${query}`);
      expect([query, response.status]).toEqual([query, 400]);
      expect(fieldsOf(response.body)).toContain(field);
    }
  });

  it('keeps the thread from strangers, anonymous callers and staff', async () => {
    await as(app, mentor).post(threadOf(connection.documentId), { body: 'For your eyes only' });
    for (const response of [
      await as(app, stranger).get(threadOf(connection.documentId)),
      await as(app, stranger).post(threadOf(connection.documentId), { body: 'intrusion' }),
      await as(app, mentee).get(threadOf('no-such-connection')),
    ]) {
      expect(response.status).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain('eyes only');
    }
    expect((await as(app).get(threadOf(connection.documentId))).status).toBe(401);
    expect((await as(app).post(threadOf(connection.documentId), { body: 'anonymous' })).status).toBe(401);
    expect((await as(app, mentee).get(threadOf(connection.documentId))).body.data.some((m: any) => m.body === 'intrusion')).toBe(false);

    // The Content Manager's API serves neither messages nor contacts, not even ciphertext to a super admin.
    const staff = await adminToken(app);
    const message = await app.strapi.db.query('plugin::mentoring.message').findOne({ where: { connection: { id: connection.id } } });
    for (const path of [
      'collection-types/plugin::mentoring.message',
      `collection-types/plugin::mentoring.message/${message.documentId}`,
      'collection-types/plugin::mentoring.interaction',
    ]) {
      const managed = await app.http().get(`/content-manager/${path}`).set('Authorization', `Bearer ${staff}`);
      expect([path, managed.status]).toEqual([path, 403]);
      expect(JSON.stringify(managed.body)).not.toMatch(/eyes only|v1:|bodyCipher/);
    }
    const edited = await app.http().put(`/content-manager/collection-types/plugin::mentoring.message/${message.documentId}`).set('Authorization', `Bearer ${staff}`).send({ bodyCipher: 'v1:forged' });
    expect(edited.status).toBe(403);
    expect((await as(app, mentee).get(threadOf(connection.documentId))).body.data.at(-1).body).toBe('For your eyes only');
    // Nor does it write the workflow's rows: ending a connection goes through the rules, not around them.
    const forced = await app.http().put(`/content-manager/collection-types/plugin::mentoring.connection/${connection.documentId}`).set('Authorization', `Bearer ${staff}`).send({ status: 'completed' });
    expect(forced.status).toBe(403);
    expect((await app.strapi.db.query('plugin::mentoring.connection').findOne({ where: { id: connection.id } })).status).toBe('active');
  });

  it('keeps the thread readable but closed once the connection is over, and closed before approval', async () => {
    const ended = await connect(app, mentee, mentor);
    await as(app, mentee).post(threadOf(ended.documentId), { body: 'Thanks for everything' });
    await app.strapi.db.query('plugin::mentoring.connection').update({ where: { id: ended.id }, data: { status: 'completed', endedAt: new Date() } });
    expect((await as(app, mentor).post(threadOf(ended.documentId), { body: 'You are welcome' })).status).toBe(409);
    expect((await as(app, mentor).get(threadOf(ended.documentId))).body.data.map((m: any) => m.body)).toEqual(['Thanks for everything']);

    const waiting = await connect(app, mentee, mentor, { status: 'awaiting_approval', startedAt: null });
    expect((await as(app, mentee).post(threadOf(waiting.documentId), { body: 'Hello?' })).status).toBe(409);
    expect((await as(app, mentee).get(threadOf(waiting.documentId))).body.data).toEqual([]);
  });
});
