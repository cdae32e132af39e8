import { startApp, type TestApp } from '../harness/strapi';
import { adminToken } from '../harness/admin';
import { ensureFirstAdmin } from '../../src/bootstrap/first-admin';
import { ensurePreviewToken } from '../../src/bootstrap/preview-token';
import { ensureSiteWebhook } from '../../src/bootstrap/site-webhook';

const PREVIEW_TOKEN = 'a'.repeat(64);

describe('start-up setup', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp({
      ADMIN_EMAIL: 'Program.Office@example.edu',
      ADMIN_PASSWORD: 'Office-Pass-2026',
      STRAPI_PREVIEW_TOKEN: PREVIEW_TOKEN,
      REVALIDATE_SECRET: 'revalidate-me',
      SITE_URL: 'http://site.test:4321',
    });
  });
  afterAll(() => app?.stop());

  it('creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD, who can log in', async () => {
    const response = await app.http().post('/admin/login').send({ email: 'program.office@example.edu', password: 'Office-Pass-2026' });

    expect(response.status).toBe(200);
    const admin = await app.strapi.db.query('admin::user').findOne({ where: { email: 'program.office@example.edu' }, populate: ['roles'] });
    expect(admin.roles.map((role: { code: string }) => role.code)).toEqual(['strapi-super-admin']);
  });

  it('never creates a second admin once one exists', async () => {
    const created = await ensureFirstAdmin(app.strapi, { email: 'other@example.edu', password: 'Other-Pass-2026', generate: true });

    expect(created).toBeNull();
    expect(await app.strapi.service('admin::user').count()).toBe(1);
  });

  it('lets the site read drafts with the preview token, and nothing else', async () => {
    await app.strapi.documents('api::faq.faq').create({
      data: { question: 'Draft for preview?', answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'x' }] }], category: 'Drafts' } as any,
    });
    const auth = { Authorization: `Bearer ${PREVIEW_TOKEN}` };

    const drafts = await app.http().get('/api/faqs').query({ status: 'draft' }).set(auth);
    const write = await app.http().post('/api/faqs').set(auth).send({ data: { question: 'x', category: 'y' } });

    expect(drafts.status).toBe(200);
    expect(drafts.body.data.map((faq: { question: string }) => faq.question)).toContain('Draft for preview?');
    expect(write.status).toBe(403);
  });

  it('keeps one preview token and one site webhook however often it starts', async () => {
    await ensurePreviewToken(app.strapi, PREVIEW_TOKEN);
    await ensureSiteWebhook(app.strapi, 'http://site.test:4321', 'revalidate-me');

    const tokens = await app.strapi.db.query('admin::api-token').findMany({ where: { name: { $contains: 'preview' } } });
    const webhooks = await app.strapi.get('webhookStore').findWebhooks();
    expect(tokens).toHaveLength(1);
    expect(webhooks).toHaveLength(1);
    expect(webhooks[0]).toMatchObject({
      url: 'http://site.test:4321/api/revalidate',
      headers: { Authorization: 'Bearer revalidate-me' },
      isEnabled: true,
    });
    expect(webhooks[0].events).toEqual(expect.arrayContaining(['entry.publish', 'entry.unpublish']));
  });

  it('re-points the webhook and re-keys the token when the environment changes', async () => {
    await ensureSiteWebhook(app.strapi, 'https://mentoring.example.edu', 'new-secret');
    await ensurePreviewToken(app.strapi, 'b'.repeat(64));

    const [webhook] = await app.strapi.get('webhookStore').findWebhooks();
    expect(webhook.url).toBe('https://mentoring.example.edu/api/revalidate');
    expect(webhook.headers.Authorization).toBe('Bearer new-secret');
    expect((await app.http().get('/api/faqs').query({ status: 'draft' }).set('Authorization', `Bearer ${PREVIEW_TOKEN}`)).status).toBe(401);
    expect((await app.http().get('/api/faqs').query({ status: 'draft' }).set('Authorization', `Bearer ${'b'.repeat(64)}`)).status).toBe(200);
  });
});

describe('staff preview from the admin', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startApp({ SITE_URL: 'http://site.test:4321', PREVIEW_SECRET: 'preview-secret' });
    token = await adminToken(app);
  });
  afterAll(() => app?.stop());

  const previewUrl = (uid: string, documentId: string) =>
    app
      .http()
      .get(`/content-manager/preview/url/${uid}`)
      .query({ documentId, status: 'draft', locale: '' })
      .set('Authorization', `Bearer ${token}`);

  it('sends staff to the site page that shows the draft, with the preview secret', async () => {
    const page = await app.strapi.documents('api::page.page').create({ data: { title: 'Mentor guide', slug: 'mentor-guide' } as any });

    const response = await previewUrl('api::page.page', page.documentId);

    expect(response.status).toBe(200);
    const url = new URL(response.body.data.url);
    expect(url.origin + url.pathname).toBe('http://site.test:4321/api/preview');
    expect(Object.fromEntries(url.searchParams)).toEqual({ secret: 'preview-secret', path: '/pages/mentor-guide', status: 'draft' });
  });

  it('previews FAQs on the FAQ page', async () => {
    const faq = await app.strapi.documents('api::faq.faq').create({
      data: { question: 'Preview me?', answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'x' }] }], category: 'x' } as any,
    });

    const response = await previewUrl('api::faq.faq', faq.documentId);

    expect(new URL(response.body.data.url).searchParams.get('path')).toBe('/faq');
  });
});

describe('first admin in local development', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp({ DEV_SETUP: 'true' });
  });
  afterAll(() => app?.stop());

  it('makes up a password that works when none is configured', async () => {
    await app.strapi.db.query('admin::user').deleteMany({});

    const created = await ensureFirstAdmin(app.strapi, { generate: true });

    expect(created?.email).toBe('admin@example.edu');
    const login = await app.http().post('/admin/login').send({ email: created?.email, password: created?.password });
    expect(login.status).toBe(200);
  });
});

describe('the plugin’s own tables', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('are created once when several instances start together', async () => {
    const knex = app.strapi.db.connection;
    for (const table of ['mentoring_directory_facets', 'mentoring_directory', 'mentoring_profile_changes', 'mentoring_counters']) {
      await knex.schema.dropTableIfExists(table);
    }
    const plugin = app.strapi.plugin('mentoring');

    await Promise.all([1, 2, 3].flatMap(() => [plugin.service('directoryIndex').ensureSchema(), plugin.service('profileChanges').ensureSchema()]));

    for (const table of ['mentoring_directory', 'mentoring_directory_facets', 'mentoring_profile_changes', 'mentoring_counters']) {
      expect(await knex.schema.hasTable(table)).toBe(true);
    }
    expect(await plugin.service('profileChanges').currentVersion()).toBe(0);
  });
});
