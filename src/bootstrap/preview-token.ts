import type { Core } from '@strapi/strapi';

const TOKEN_NAME = 'Site preview (read drafts)';
const TOKEN_PERMISSIONS = [
  'api::faq.faq.find',
  'api::faq.faq.findOne',
  'api::page.page.find',
  'api::page.page.findOne',
  'api::program-info.program-info.find',
];

/**
 * The site reads drafts for staff preview with a read-only API token whose key comes from the
 * environment (STRAPI_PREVIEW_TOKEN), so both servers are configured from one place. The token is
 * created once, and its key re-set whenever the environment's key changes.
 */
export async function ensurePreviewToken(strapi: Core.Strapi, accessKey: string): Promise<void> {
  const tokens = strapi.service('admin::api-token');
  const hashed = tokens.hash(accessKey);
  const existing = await strapi.db.query('admin::api-token').findOne({ where: { name: TOKEN_NAME } });
  if (existing?.accessKey === hashed) return;
  const token =
    existing ??
    (await tokens.create({
      name: TOKEN_NAME,
      description: 'Lets the site show drafts in the admin Preview panel. Managed by the app: edits are reset at start.',
      type: 'custom',
      kind: 'content-api',
      lifespan: null,
      permissions: TOKEN_PERMISSIONS,
    }));
  await strapi.db.query('admin::api-token').update({
    where: { id: token.id },
    data: { accessKey: hashed, encryptedKey: strapi.service('admin::encryption').encrypt(accessKey) },
  });
}
