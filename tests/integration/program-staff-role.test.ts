import { startApp, type TestApp } from '../harness/strapi';
import { adminToken, adminTokenForRole } from '../harness/admin';
import adminRoutes from '../../cms/server/src/routes/admin';
import { ensureProgramStaffRole, PROGRAM_STAFF_ROLE } from '../../src/bootstrap/program-staff-role';

const PLUGIN_ACTIONS = [
  'plugin::mentoring.approvals.manage',
  'plugin::mentoring.matching.run',
  'plugin::mentoring.monitoring.read',
  'plugin::mentoring.settings.read',
  'plugin::mentoring.settings.update',
];
const EDITORIAL = ['api::faq.faq', 'api::page.page', 'api::program-info.program-info'];
const CONTENT_ACTIONS = ['create', 'delete', 'publish', 'read', 'update'].map((action) => `plugin::content-manager.explorer.${action}`);

/** The "Program staff" admin role: the plugin's actions and the editorial content, nothing else. */
describe('Program staff role', () => {
  let app: TestApp;
  const role = () => app.strapi.db.query('admin::role').findOne({ where: { code: PROGRAM_STAFF_ROLE.code } });
  const permissionsOf = async (roleId: number) =>
    ((await app.strapi.db.query('admin::permission').findMany({ where: { role: { id: roleId } } })) as { action: string; subject: string | null; properties: { fields?: string[] } }[])
      .map(({ action, subject }) => `${action} ${subject ?? '-'}`)
      .sort();

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app?.stop());

  it('is created at start with exactly the plugin actions and the editorial content', async () => {
    const created = await role();

    expect(created).toMatchObject({ name: 'Program staff' });
    const expected = [
      ...PLUGIN_ACTIONS.map((action) => `${action} -`),
      ...CONTENT_ACTIONS.flatMap((action) => EDITORIAL.map((subject) => `${action} ${subject}`)),
    ].sort();
    expect(await permissionsOf(created.id)).toEqual(expected);
    const read = await app.strapi.db.query('admin::permission').findOne({
      where: { role: { id: created.id }, action: 'plugin::content-manager.explorer.update', subject: 'api::faq.faq' },
    });
    expect([...read.properties.fields].sort()).toEqual(['answer', 'category', 'order', 'question']);
  });

  it('is put back to exactly those permissions at the next start, without a second role', async () => {
    const existing = await role();
    await app.strapi.service('admin::role').assignPermissions(existing.id, [
      { action: 'plugin::content-manager.explorer.read', subject: 'plugin::users-permissions.user', properties: {}, conditions: [] },
    ]);

    const again = await ensureProgramStaffRole(app.strapi);

    expect(again.id).toBe(existing.id);
    expect(await app.strapi.db.query('admin::role').count({ where: { name: 'Program staff' } })).toBe(1);
    expect(await permissionsOf(existing.id)).toHaveLength(PLUGIN_ACTIONS.length + CONTENT_ACTIONS.length * EDITORIAL.length);
    expect((await permissionsOf(existing.id)).some((permission) => permission.includes('users-permissions'))).toBe(false);
  });

  it('lets a staff member monitor, edit the FAQ and nothing beyond', async () => {
    const token = await adminTokenForRole(app, (await role()).id);
    const get = (path: string) => app.http().get(path).set('Authorization', `Bearer ${token}`);

    expect((await get('/mentoring/monitoring')).status).toBe(200);
    expect((await get('/mentoring/settings')).status).toBe(200);
    expect((await get('/content-manager/collection-types/api::faq.faq')).status).toBe(200);
    // The single type has no document yet: 404, not a refusal.
    expect((await get('/content-manager/single-types/api::program-info.program-info')).status).not.toBe(403);
    expect((await get('/content-manager/collection-types/plugin::users-permissions.user')).status).toBe(403);
    expect((await get('/admin/users')).status).toBe(403);
  });

  /** The action each admin route names in its hasPermissions policy. */
  const requiredAction = (route: (typeof adminRoutes.routes)[number]) =>
    (route.config.policies.find((policy) => typeof policy === 'object') as { config: { actions: string[] } }).config.actions;
  const callRoute = (route: (typeof adminRoutes.routes)[number], token?: string) => {
    const url = `/mentoring${route.path.replace(/:id/g, 'nosuchdocument0000000000')}`;
    const request = route.method === 'GET' ? app.http().get(url) : route.method === 'PUT' ? app.http().put(url).send({}) : app.http().post(url).send({});
    return token ? request.set('Authorization', `Bearer ${token}`) : request;
  };

  it('guards every admin route of the plugin with its action, and gives Program staff all of them', async () => {
    expect(adminRoutes.routes.length).toBeGreaterThan(10);
    const staff = await adminTokenForRole(app, (await role()).id);
    const tokenWithout = new Map<string, string>();
    for (const action of PLUGIN_ACTIONS) tokenWithout.set(action, await adminToken(app, PLUGIN_ACTIONS.filter((other) => other !== action)));

    for (const route of adminRoutes.routes) {
      const [action] = requiredAction(route);
      const name = `${route.method} ${route.path}`;
      expect({ name, policies: route.config.policies[0], actions: requiredAction(route) }).toEqual({ name, policies: 'admin::isAuthenticatedAdmin', actions: [expect.stringMatching(/^plugin::mentoring\./)] });
      expect({ name, anonymous: (await callRoute(route)).status }).toEqual({ name, anonymous: 401 });
      expect({ name, without: (await callRoute(route, tokenWithout.get(action))).status }).toEqual({ name, without: 403 });
      const staffStatus = (await callRoute(route, staff)).status;
      expect({ name, refusedToStaff: staffStatus === 401 || staffStatus === 403 }).toEqual({ name, refusedToStaff: false });
    }
  });
});
