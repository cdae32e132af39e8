import type { Core } from '@strapi/strapi';
import type { TestApp } from './strapi';

let counter = 0;

export interface AdminOptions {
  email?: string;
  /** The user gets a fresh role holding exactly these actions; without, the super admin role. */
  permissions?: string[];
  isActive?: boolean;
}

/** Creates an admin user and returns its login. */
export async function createAdmin(app: TestApp, { email, permissions, isActive = true }: AdminOptions = {}) {
  const strapi: Core.Strapi = app.strapi;
  counter += 1;
  const login = { email: email ?? `staff${counter}-${Date.now()}@example.edu`, password: 'Staff-Pass-123' };
  let roleId: number;
  if (permissions) {
    const role = await strapi.service('admin::role').create({ name: `Test role ${login.email}`, description: 'test' });
    await strapi.service('admin::role').assignPermissions(
      role.id,
      permissions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
    );
    roleId = role.id;
  } else {
    roleId = (await strapi.service('admin::role').getSuperAdmin()).id;
  }
  await strapi.service('admin::user').create({
    ...login,
    firstname: 'Test',
    lastname: 'Staff',
    isActive,
    registrationToken: null,
    roles: [roleId],
  });
  return login;
}

/**
 * Creates an active admin user and returns an admin JWT for it. With `permissions`, the user gets a
 * fresh role holding exactly those actions; without, the super admin role.
 */
export async function adminToken(app: TestApp, permissions?: string[]): Promise<string> {
  const login = await createAdmin(app, { permissions });
  const response = await app.http().post('/admin/login').send(login);
  if (response.status !== 200) throw new Error(`admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data.token as string;
}

/** Creates an active admin user holding the given role and returns an admin JWT for it. */
export async function adminTokenForRole(app: TestApp, roleId: number): Promise<string> {
  counter += 1;
  const email = `staff${counter}-${Date.now()}@example.edu`;
  const password = 'Staff-Pass-123';
  await app.strapi.service('admin::user').create({
    email,
    firstname: 'Test',
    lastname: 'Staff',
    password,
    isActive: true,
    registrationToken: null,
    roles: [roleId],
  });
  const response = await app.http().post('/admin/login').send({ email, password });
  if (response.status !== 200) throw new Error(`admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data.token as string;
}
