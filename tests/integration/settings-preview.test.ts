import { startApp, type TestApp } from '../harness/strapi';
import { adminToken } from '../harness/admin';
import { settingsService } from '../harness/requests';
import { loadDemoParticipants } from '../../src/bootstrap/demo-participants';

const READ = 'plugin::mentoring.settings.read';

/** Weights staff are trying out: everything about the mentee's wishes off, only the surroundings count. */
const SURROUNDINGS_ONLY = { goals_expertise: 'off', industry: 'off', function: 'off', text: 'off', location: 'high', timezone: 'high', language: 'high' } as const;

interface PreviewEntry {
  rank: number;
  savedRank: number | null;
  mentor: { documentId: string; fullName: string };
  compatibility: number;
  savedCompatibility: number;
  reasons: { factor: string; detail: string }[];
}

/** The weights preview on the Settings page: a sample mentee's top mentors under weights not yet saved. */
describe('matching weights preview (staff API)', () => {
  let app: TestApp;
  let reader: string;
  let outsider: string;
  let mentee: { documentId: string; fullName: string; userId: number };

  beforeAll(async () => {
    app = await startApp();
    await loadDemoParticipants(app.strapi, 60, new Date('2026-11-28T12:00:00Z'));
    reader = await adminToken(app, [READ]);
    outsider = await adminToken(app, ['plugin::mentoring.monitoring.read']);
    const row = await app.strapi.db.query('plugin::mentoring.mentee-profile').findOne({ orderBy: { id: 'asc' }, populate: { user: { select: ['id'] } } });
    mentee = { documentId: row.documentId, fullName: row.fullName, userId: row.user.id };
  });
  afterAll(() => app?.stop());

  const preview = (body: unknown, token: string | null = reader) => {
    const call = app.http().post('/mentoring/settings/preview');
    return (token ? call.set('Authorization', `Bearer ${token}`) : call).send(body as object);
  };
  const samples = (query: Record<string, string>, token: string | null = reader) => {
    const call = app.http().get('/mentoring/settings/sample-mentees').query(query);
    return token ? call.set('Authorization', `Bearer ${token}`) : call;
  };
  const ids = (entries: PreviewEntry[]) => entries.map((entry) => entry.mentor.documentId);

  it('finds sample mentees by part of their name', async () => {
    const part = mentee.fullName.split(' ').at(-1)!.slice(0, 4).toUpperCase();

    const response = await samples({ q: part });

    expect(response.status).toBe(200);
    expect(response.body.data).toContainEqual(expect.objectContaining({ documentId: mentee.documentId, fullName: mentee.fullName }));
    for (const found of response.body.data) expect(found.fullName.toLowerCase()).toContain(part.toLowerCase());
    expect((await samples({})).body.data.length).toBeGreaterThan(0);
    expect((await samples({ q: 'zzzz-nobody' })).body.data).toEqual([]);
  });

  it('under the saved weights, ranks exactly as the mentee’s own suggestions do', async () => {
    const jwt = app.strapi.plugin('users-permissions').service('jwt').issue({ id: mentee.userId });
    const own = await app.http().get('/api/mentoring/suggestions').query({ limit: 8 }).set('Authorization', `Bearer ${jwt}`);

    const response = await preview({ mentee: mentee.documentId, weights: {}, limit: 8 });

    expect(response.status).toBe(200);
    const entries: PreviewEntry[] = response.body.data.suggestions;
    expect(ids(entries)).toEqual(own.body.data.map((entry: { mentor: { documentId: string } }) => entry.mentor.documentId));
    expect(entries.map((entry) => entry.compatibility)).toEqual(own.body.data.map((entry: { compatibility: number }) => entry.compatibility));
    expect(entries.map((entry) => [entry.rank, entry.savedRank])).toEqual(entries.map((_, index) => [index + 1, index + 1]));
    expect(entries[0]).toMatchObject({ mentor: { fullName: expect.any(String) }, reasons: expect.arrayContaining([{ factor: expect.any(String), detail: expect.any(String) }]) });
    expect(response.body.data).toMatchObject({ mentee: { documentId: mentee.documentId, fullName: mentee.fullName }, dropped: [], programWeights: false });
  });

  it('re-ranks under the weights tried, shows where each mentor stood, and saves nothing', async () => {
    const before = await settingsService(app).get();
    const saved: PreviewEntry[] = (await preview({ mentee: mentee.documentId, limit: 10 })).body.data.suggestions;

    const response = await preview({ mentee: mentee.documentId, weights: SURROUNDINGS_ONLY, limit: 10 });

    expect(response.status).toBe(200);
    const tried: PreviewEntry[] = response.body.data.suggestions;
    expect(ids(tried)).not.toEqual(ids(saved));
    expect(response.body.data.weights).toMatchObject({ ...SURROUNDINGS_ONLY, meeting: before.matchingWeights.meeting });
    const savedRanks = new Map(saved.map((entry) => [entry.mentor.documentId, entry.rank]));
    const savedScores = new Map(saved.map((entry) => [entry.mentor.documentId, entry.compatibility]));
    for (const entry of tried) {
      expect(entry.savedRank).toBe(savedRanks.get(entry.mentor.documentId) ?? null);
      if (savedScores.has(entry.mentor.documentId)) expect(entry.savedCompatibility).toBe(savedScores.get(entry.mentor.documentId));
    }
    const kept = new Set(ids(tried));
    expect(response.body.data.dropped).toEqual(
      saved.filter((entry) => !kept.has(entry.mentor.documentId)).map((entry) => ({ savedRank: entry.rank, mentor: expect.objectContaining({ documentId: entry.mentor.documentId }) })),
    );
    expect(await settingsService(app).get()).toEqual(before);
  });

  it('with a must factor, keeps only the mentors who meet it', async () => {
    const open: PreviewEntry[] = (await preview({ mentee: mentee.documentId, limit: 20 })).body.data.suggestions;

    const response = await preview({ mentee: mentee.documentId, weights: { industry: 'must' }, limit: 20 });

    const strict: PreviewEntry[] = response.body.data.suggestions;
    expect(strict.length).toBeGreaterThan(0);
    expect(strict.every((entry) => entry.compatibility > 0)).toBe(true);
    expect(ids(open).filter((id) => !ids(strict).includes(id)).length).toBeGreaterThan(0);
  });

  it('requires an admin allowed to read the settings, on the server', async () => {
    expect((await preview({ mentee: mentee.documentId }, null)).status).toBe(401);
    expect((await preview({ mentee: mentee.documentId }, outsider)).status).toBe(403);
    expect((await samples({}, null)).status).toBe(401);
    expect((await samples({}, outsider)).status).toBe(403);
  });

  it.each([
    [{ weights: {} }, 'mentee', 'documentId of a mentee'],
    [{ mentee: 'not an id' }, 'mentee', 'documentId of a mentee'],
    [{ mentee: 'MENTEE', weights: { astrology: 'high' } }, 'weights.astrology', 'unknown'],
    [{ mentee: 'MENTEE', weights: { industry: 'sometimes' } }, 'weights.industry', 'must be one of must, high, medium, low, off'],
    [{ mentee: 'MENTEE', weights: ['high'] }, 'weights', 'factor: level'],
    [{ mentee: 'MENTEE', limit: 21 }, 'limit', 'at most 20'],
    [{ mentee: 'MENTEE', surprise: 1 }, 'surprise', 'unknown'],
  ])('rejects %j with a 400 naming the field', async (body, field, rule) => {
    const response = await preview(JSON.parse(JSON.stringify(body).replace('MENTEE', mentee.documentId)));

    expect(response.status).toBe(400);
    const errors = response.body.error.details.errors.map((error: { path: string[]; message: string }) => `${error.path.join('.')}: ${error.message}`);
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${field}: .*${rule}`))]));
  });

  it('answers 404 for a mentee that does not exist, and 400 for an over-long search', async () => {
    const unknown = await preview({ mentee: 'a'.repeat(24) });

    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('No mentee with this id');
    const long = await samples({ q: 'x'.repeat(101) });
    expect(long.status).toBe(400);
    expect(long.body.error.details.errors[0].path).toEqual(['q']);
  });
});
