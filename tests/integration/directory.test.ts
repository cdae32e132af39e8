import { startApp, type TestApp } from '../harness/strapi';
import { signUpConfirmed, type Participant } from '../harness/participants';

describe('browsing mentors and mentees', () => {
  let app: TestApp;
  let viewer: Participant;
  const mentors: Record<string, Participant> = {};
  let student: Participant;

  const put = (who: Participant, body: object) =>
    app.http().put('/api/mentoring/me/profile').set('Authorization', `Bearer ${who.jwt}`).send(body);
  const get = (who: Participant, url: string, query: Record<string, unknown> = {}) =>
    app.http().get(url).query(query).set('Authorization', `Bearer ${who.jwt}`);
  const names = (response: { body: { data: { fullName: string }[] } }) => response.body.data.map((card) => card.fullName);

  beforeAll(async () => {
    app = await startApp();
    viewer = await signUpConfirmed(app, 'mentee', 'Viewer Student');
    mentors.dana = await signUpConfirmed(app, 'mentor', 'Dana Okoye');
    await put(mentors.dana, {
      headline: 'VP Product at Northwind',
      location: { city: 'Boston', country: 'United States' },
      industries: ['Technology'],
      functions: ['Product Management'],
      expertise: ['Fundraising'],
      education: [{ school: 'Demo University', program: 'MBA', year: 2012 }],
    });
    mentors.luis = await signUpConfirmed(app, 'mentor', 'Luís Ferreira');
    await put(mentors.luis, {
      headline: 'CFO',
      location: { city: 'São Paulo', country: 'Brazil' },
      industries: ['Financial Services'],
      functions: ['Finance'],
      education: [{ school: 'Demo University', program: 'EMBA', year: 2015 }],
    });
    mentors.mei = await signUpConfirmed(app, 'mentor', 'Mei Tan');
    await put(mentors.mei, { headline: 'Partner', location: { city: 'Singapore', country: 'Singapore' }, industries: ['Consulting'], functions: ['Strategy'] });
    mentors.hidden = await signUpConfirmed(app, 'mentor', 'Hidden Harper');
    await put(mentors.hidden, { visibility: 'hidden', industries: ['Technology'] });
    mentors.withdrawn = await signUpConfirmed(app, 'mentor', 'Withdrawn Walker');
    await put(mentors.withdrawn, { availability: 'withdrawn', industries: ['Technology'] });
    await app.http().post('/api/mentoring/signup').send({ email: 'unconfirmed@example.edu', password: 'Mentor-Pass-2026', fullName: 'Unconfirmed Una', role: 'mentor' });

    student = await signUpConfirmed(app, 'mentee', 'Sam Rivera');
    await put(student, {
      careerGoals: 'Move from consulting into product management at a climate startup.',
      program: 'MBAn',
      graduationYear: 2027,
      targetIndustries: ['Energy & Climate'],
    });
    const mentee = async (fullName: string, profile: object) => put(await signUpConfirmed(app, 'mentee', fullName, { login: false }), profile);
    await mentee('Priya Shah', { location: { city: 'Boston', country: 'United States' }, targetIndustries: ['Technology'], targetFunctions: ['Product Management'], program: 'MBA' });
    await mentee('Kofi Mensah', { location: { city: 'London', country: 'United Kingdom' }, targetIndustries: ['Financial Services'], targetFunctions: ['Finance'], program: 'EMBA' });
    await mentee('Ana Lima', { location: { city: 'São Paulo', country: 'Brazil' }, targetIndustries: ['Technology', 'Consulting'], targetFunctions: ['Strategy'], program: 'MBA' });
    await mentee('Hidden Hana', { visibility: 'hidden', location: { city: 'Boston', country: 'United States' }, targetIndustries: ['Technology'], targetFunctions: ['Strategy'] });
  });
  afterAll(() => app?.stop());

  it('lists listed mentors by name, never hidden, withdrawn or unconfirmed ones, nor anyone’s email', async () => {
    const response = await get(viewer, '/api/mentoring/mentors');

    expect(response.status).toBe(200);
    expect(names(response)).toEqual(['Dana Okoye', 'Luís Ferreira', 'Mei Tan']);
    expect(response.body.meta.pagination).toEqual({ page: 1, pageSize: 20, pageCount: 1, total: 3 });
    expect(response.body.data[0]).toEqual(
      expect.objectContaining({ documentId: expect.any(String), fullName: 'Dana Okoye', headline: 'VP Product at Northwind', acceptingRequests: true }),
    );
    expect(JSON.stringify(response.body)).not.toMatch(/@example\.edu|capacity|reviewStatus/);
  });

  it.each([
    [{ q: 'fundr' }, ['Dana Okoye']],
    [{ q: 'sao paulo' }, ['Luís Ferreira']],
    [{ q: 'LUIS' }, ['Luís Ferreira']],
    [{ q: 'northwind product' }, ['Dana Okoye']],
    [{ q: 'nobody-matches-this' }, []],
    [{ industry: 'tech' }, ['Dana Okoye']],
    [{ function: 'strategy' }, ['Mei Tan']],
    [{ location: 'singapore' }, ['Mei Tan']],
    [{ location: 'Brazil' }, ['Luís Ferreira']],
    [{ program: 'EMBA' }, ['Luís Ferreira']],
    [{ q: 'partner', industry: 'Consulting' }, ['Mei Tan']],
    [{ q: 'partner', industry: 'Technology' }, []],
  ])('finds mentors with %j', async (query, expected) => {
    expect(names(await get(viewer, '/api/mentoring/mentors', query))).toEqual(expected);
  });

  it('pages stably', async () => {
    const first = await get(viewer, '/api/mentoring/mentors', { pageSize: 2, page: 1 });
    const second = await get(viewer, '/api/mentoring/mentors', { pageSize: 2, page: 2 });

    expect(names(first)).toEqual(['Dana Okoye', 'Luís Ferreira']);
    expect(names(second)).toEqual(['Mei Tan']);
    expect(second.body.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 2, total: 3 });
  });

  it('sorts by most recently joined', async () => {
    expect(names(await get(viewer, '/api/mentoring/mentors', { sort: 'recent' }))).toEqual(['Mei Tan', 'Luís Ferreira', 'Dana Okoye']);
  });

  it.each([
    [{ pageSize: 101 }, 'pageSize'],
    [{ page: 0 }, 'page'],
    [{ sort: 'popularity' }, 'sort'],
    [{ q: 'x'.repeat(101) }, 'q'],
    [{ colour: 'blue' }, 'colour'],
  ])('rejects the query %j naming the parameter', async (query, field) => {
    const response = await get(viewer, '/api/mentoring/mentors', query);

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual([field]);
  });

  it('shows a listed profile in full, but not its account or private settings', async () => {
    const dana = (await get(viewer, '/api/mentoring/mentors', { q: 'dana' })).body.data[0];

    const response = await get(viewer, `/api/mentoring/mentors/${dana.documentId}`);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ fullName: 'Dana Okoye', industries: ['Technology'], education: [expect.objectContaining({ program: 'MBA' })] });
    expect(response.body).not.toHaveProperty('capacity');
    expect(response.body).not.toHaveProperty('user');
    expect(JSON.stringify(response.body)).not.toContain('@example.edu');
  });

  it('answers 404 for an unlisted profile, as for an unknown id, except to its owner', async () => {
    const hiddenId = (await get(mentors.hidden, '/api/mentoring/me')).body.profile.documentId;

    expect((await get(viewer, `/api/mentoring/mentors/${hiddenId}`)).status).toBe(404);
    expect((await get(viewer, '/api/mentoring/mentors/doesnotexist')).status).toBe(404);
    expect((await get(mentors.hidden, `/api/mentoring/mentors/${hiddenId}`)).status).toBe(200);
  });

  it('lists mentees by their goals and program', async () => {
    expect(names(await get(mentors.dana, '/api/mentoring/mentees', { q: 'climate' }))).toEqual(['Sam Rivera']);
    expect(names(await get(mentors.dana, '/api/mentoring/mentees', { program: 'mban' }))).toEqual(['Sam Rivera']);
    const card = (await get(mentors.dana, '/api/mentoring/mentees', { q: 'sam' })).body.data[0];
    expect(card).toMatchObject({ fullName: 'Sam Rivera', program: 'MBAn', graduationYear: 2027 });
    expect((await get(viewer, `/api/mentoring/mentees/${card.documentId}`)).body).toMatchObject({ careerGoals: expect.stringContaining('climate') });
  });

  it.each([
    [{ industry: 'tech' }, ['Ana Lima', 'Priya Shah']],
    [{ industry: 'Financial Services' }, ['Kofi Mensah']],
    [{ function: 'pm' }, ['Priya Shah']],
    [{ function: 'Strategy' }, ['Ana Lima']],
    [{ location: 'boston' }, ['Priya Shah']],
    [{ location: 'United Kingdom' }, ['Kofi Mensah']],
    [{ location: 'sao paulo' }, ['Ana Lima']],
    [{ program: 'MBA' }, ['Ana Lima', 'Priya Shah']],
    [{ industry: 'Technology', function: 'Strategy' }, ['Ana Lima']],
    [{ industry: 'Technology', location: 'London' }, []],
  ])('finds listed mentees by their targets, location and program with %j', async (query, expected) => {
    const response = await get(mentors.dana, '/api/mentoring/mentees', query);

    expect(response.status).toBe(200);
    expect(names(response)).toEqual(expected);
    expect(response.body.meta.pagination.total).toBe(expected.length);
  });

  it.each([
    [{ sort: 'name' }],
    [{ sort: 'recent' }],
    [{ industry: 'Technology' }],
  ])('pages mentees stably with %j: every listed mentee once, in the unpaged order', async (query) => {
    const all = await get(mentors.dana, '/api/mentoring/mentees', { ...query, pageSize: 100 });
    const pages = [];
    for (let page = 1; page <= all.body.meta.pagination.total; page += 1) {
      const response = await get(mentors.dana, '/api/mentoring/mentees', { ...query, pageSize: 1, page });
      expect(response.body.meta.pagination).toEqual({ page, pageSize: 1, pageCount: all.body.meta.pagination.total, total: all.body.meta.pagination.total });
      pages.push(...names(response));
    }

    expect(names(all)).not.toContain('Hidden Hana');
    expect(pages).toEqual(names(all));
    expect(new Set(pages).size).toBe(pages.length);
  });

  it('pages all mentees by name, two at a time, and answers an empty page past the end', async () => {
    const page = (n: number) => get(viewer, '/api/mentoring/mentees', { pageSize: 2, page: n });

    const [first, second, third, beyond] = await Promise.all([1, 2, 3, 4].map(page));

    expect([names(first), names(second), names(third)]).toEqual([['Ana Lima', 'Kofi Mensah'], ['Priya Shah', 'Sam Rivera'], ['Viewer Student']]);
    expect(third.body.meta.pagination).toEqual({ page: 3, pageSize: 2, pageCount: 3, total: 5 });
    expect(beyond.status).toBe(200);
    expect(names(beyond)).toEqual([]);
  });

  it.each([
    [{ pageSize: 0 }, 'pageSize'],
    [{ industry: '' }, 'industry'],
    [{ sort: 'compatibility' }, 'sort'],
  ])('rejects the mentee query %j naming the parameter', async (query, field) => {
    const response = await get(mentors.dana, '/api/mentoring/mentees', query);

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual([field]);
  });

  it('keeps one directory entry when a profile is saved several times at once', async () => {
    const saves = await Promise.all([1, 2, 3, 4].map((n) => put(mentors.dana, { headline: `VP Product at Northwind (${n})` })));

    expect(saves.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    expect(names(await get(viewer, '/api/mentoring/mentors', { q: 'dana' }))).toEqual(['Dana Okoye']);
  });

  it('follows every change: hiding, blocking, and staff approving a mentor under review', async () => {
    await put(mentors.mei, { visibility: 'hidden' });
    expect(names(await get(viewer, '/api/mentoring/mentors'))).not.toContain('Mei Tan');
    await put(mentors.mei, { visibility: 'listed' });
    expect(names(await get(viewer, '/api/mentoring/mentors'))).toContain('Mei Tan');

    await app.strapi.db.query('plugin::users-permissions.user').update({ where: { id: mentors.luis.userId }, data: { blocked: true } });
    expect(names(await get(viewer, '/api/mentoring/mentors'))).not.toContain('Luís Ferreira');

    await app.strapi.plugin('mentoring').service('settings').update({ mentorReviewRequired: true });
    const reviewed = await signUpConfirmed(app, 'mentor', 'Reviewed Rhea');
    expect(names(await get(viewer, '/api/mentoring/mentors'))).not.toContain('Reviewed Rhea');
    const profile = (await get(reviewed, '/api/mentoring/me')).body.profile;
    expect(profile.reviewStatus).toBe('pending_review');
    await app.strapi.documents('plugin::mentoring.mentor-profile').update({ documentId: profile.documentId, data: { reviewStatus: 'approved' } as any });
    expect(names(await get(viewer, '/api/mentoring/mentors'))).toContain('Reviewed Rhea');
  });

  it('shows a mentor’s photo on the card as on the profile', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const uploaded = await app.http().post('/api/mentoring/me/photo').set('Authorization', `Bearer ${mentors.dana.jwt}`).attach('file', png, 'dana.png');

    const card = (await get(viewer, '/api/mentoring/mentors', { q: 'dana' })).body.data[0];
    const profile = (await get(viewer, `/api/mentoring/mentors/${card.documentId}`)).body;

    expect(uploaded.status).toBe(200);
    expect(card.photo).toEqual({ url: expect.stringMatching(/^\/uploads\/.+\.png$/), alternativeText: 'Photo of Dana Okoye', thumbnailUrl: expect.any(String) });
    expect(card.photo).toEqual(profile.photo);
  });
});

describe('taxonomy for pick-lists and autocomplete', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('lists every kind of curated term to anyone, sorted by label', async () => {
    const response = await app.http().get('/api/mentoring/taxonomy');

    expect(response.status).toBe(200);
    expect(response.body.data.industries.length).toBeGreaterThan(20);
    expect(response.body.data.functions).toEqual(expect.arrayContaining([{ id: expect.any(String), label: 'Product Management' }]));
    expect(response.body.data.programs).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'MBA' })]));
    const labels = response.body.data.expertise.map((term: { label: string }) => term.label);
    expect(labels).toEqual([...labels].sort((a: string, b: string) => a.localeCompare(b, 'en')));
  });

  it('completes what was typed, synonyms included', async () => {
    const response = await app.http().get('/api/mentoring/taxonomy').query({ kind: 'function', q: 'pm' });

    expect(response.status).toBe(200);
    expect(response.body.data[0]).toMatchObject({ label: 'Product Management' });
  });

  it.each([
    [{ q: 'pm' }, 'kind'],
    [{ kind: 'colour' }, 'kind'],
    [{ kind: 'industry', q: 'x'.repeat(61) }, 'q'],
    [{ kind: 'industry', q: 'fin', limit: 0 }, 'limit'],
  ])('rejects %j naming the parameter', async (query, field) => {
    const response = await app.http().get('/api/mentoring/taxonomy').query(query);

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual([field]);
  });
});
