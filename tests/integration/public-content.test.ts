import { startApp, type TestApp } from '../harness/strapi';
import { FAQS, PAGES, PROGRAM_INFO } from '../../src/demo/editorial-content';
import { loadDemoContent } from '../../src/bootstrap/demo-content';

describe('public editorial content', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp({ DEMO_CONTENT: 'true' });
  });
  afterAll(() => app?.stop());

  it('lists every published demo FAQ to an anonymous visitor, in order', async () => {
    const response = await app.http().get('/api/faqs').query({ 'sort[0]': 'order', 'pagination[pageSize]': 100 });

    expect(response.status).toBe(200);
    expect(response.body.data.map((faq: { question: string }) => faq.question)).toEqual(FAQS.map((faq) => faq.question));
    expect(response.body.data[0]).toMatchObject({ category: 'About the program', answer: expect.any(Array) });
  });

  it('serves the program info with its contact and both expectation lists', async () => {
    const response = await app.http().get('/api/program-info').query({ populate: '*' });

    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({
      programName: PROGRAM_INFO.programName,
      contact: { email: 'mentoring@example.edu' },
    });
    expect(response.body.data.menteeExpectations).toHaveLength(PROGRAM_INFO.menteeExpectations.length);
    expect(response.body.data.mentorExpectations).toHaveLength(PROGRAM_INFO.mentorExpectations.length);
  });

  it('finds a page by its slug with its blocks', async () => {
    const response = await app
      .http()
      .get('/api/pages')
      .query({ 'filters[slug][$eq]': PAGES[0].slug, 'populate[body][populate]': '*' });

    expect(response.status).toBe(200);
    expect(response.body.data).toHaveLength(1);
    expect(response.body.data[0].body.map((block: { __component: string }) => block.__component)).toEqual([
      'blocks.rich-text',
      'blocks.call-to-action',
    ]);
  });

  it('never shows a draft to the public, in lists or by asking for drafts', async () => {
    // Given a FAQ saved as a draft and never published
    const draft = await app.strapi.documents('api::faq.faq').create({
      data: { question: 'Secret draft question?', answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'x' }] }], category: 'Drafts' } as any,
    });

    // When the public lists FAQs, fetches it by id, or asks for drafts explicitly
    const list = await app.http().get('/api/faqs').query({ 'pagination[pageSize]': 100 });
    const byId = await app.http().get(`/api/faqs/${draft.documentId}`);
    const drafts = await app.http().get('/api/faqs').query({ status: 'draft' });

    // Then it sees nothing of it
    expect(list.body.data.map((faq: { question: string }) => faq.question)).not.toContain('Secret draft question?');
    expect(byId.status).toBe(404);
    expect(drafts.status).toBe(403);
    expect(drafts.body.error.details.errors[0].path).toEqual(['status']);
  });

  it('refuses every write from the public role', async () => {
    const faq = (await app.http().get('/api/faqs')).body.data[0];
    const body = { data: { question: 'Vandalised?', category: 'x' } };

    const attempts = await Promise.all([
      app.http().post('/api/faqs').send(body),
      app.http().put(`/api/faqs/${faq.documentId}`).send(body),
      app.http().delete(`/api/faqs/${faq.documentId}`),
      app.http().put('/api/program-info').send({ data: { programName: 'Vandalised' } }),
      app.http().post('/api/pages').send({ data: { title: 'Spam', slug: 'spam' } }),
    ]);

    expect(attempts.map((response) => response.status)).toEqual([403, 403, 403, 403, 403]);
    expect((await app.http().get(`/api/faqs/${faq.documentId}`)).body.data.question).toBe(faq.question);
  });

  it('loads the demo content only once', async () => {
    const again = await loadDemoContent(app.strapi);

    expect(again).toEqual({ faqs: 0, pages: 0, programInfo: false });
    expect(await app.strapi.documents('api::faq.faq').count({ status: 'published' })).toBe(FAQS.length);
  });
});
