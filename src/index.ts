import type { Core } from '@strapi/strapi';
import { grantPublicPermissions } from './bootstrap/public-permissions';
import { ensurePreviewToken } from './bootstrap/preview-token';
import { ensureSiteWebhook } from './bootstrap/site-webhook';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { loadDemoContent } from './bootstrap/demo-content';
import { loadDemoParticipants } from './bootstrap/demo-participants';
import { ensureProgramStaffRole } from './bootstrap/program-staff-role';

const flag = (name: string) => process.env[name] === 'true';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantPublicPermissions(strapi);
    await ensureProgramStaffRole(strapi);

    const siteUrl = process.env.SITE_URL ?? 'http://localhost:4321';
    if (process.env.STRAPI_PREVIEW_TOKEN) await ensurePreviewToken(strapi, process.env.STRAPI_PREVIEW_TOKEN);
    if (process.env.REVALIDATE_SECRET) await ensureSiteWebhook(strapi, siteUrl, process.env.REVALIDATE_SECRET);

    await ensureFirstAdmin(strapi, {
      email: process.env.ADMIN_EMAIL,
      password: process.env.ADMIN_PASSWORD,
      generate: flag('DEV_SETUP'),
    });
    if (flag('DEMO_CONTENT')) {
      await loadDemoContent(strapi);
      await loadDemoParticipants(strapi, Number(process.env.DEMO_PARTICIPANTS ?? 0), new Date());
    }
  },
};
