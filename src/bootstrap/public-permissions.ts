import type { Core } from '@strapi/strapi';

/** What anyone may read without logging in: published editorial content, nothing else. */
export const PUBLIC_ACTIONS = [
  'api::faq.faq.find',
  'api::faq.faq.findOne',
  'api::page.page.find',
  'api::page.page.findOne',
  'api::program-info.program-info.find',
] as const;

const PERMISSION_UID = 'plugin::users-permissions.permission';

/** Grants exactly PUBLIC_ACTIONS to the public role on every start; a second run adds nothing. */
export async function grantPublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('users-permissions has no public role');
  const existing = await strapi.db.query(PERMISSION_UID).findMany({
    where: { role: role.id, action: { $in: [...PUBLIC_ACTIONS] } },
  });
  const granted = new Set(existing.map((permission: { action: string }) => permission.action));
  for (const action of PUBLIC_ACTIONS) {
    if (!granted.has(action)) {
      await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
    }
  }
}
