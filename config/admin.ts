import type { Core } from '@strapi/strapi';
import { requireSecret } from '../src/lib/secrets';
import { previewUrl } from '../src/preview/preview-url';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: requireSecret(env, 'ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: requireSecret(env, 'API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: requireSecret(env, 'TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: requireSecret(env, 'ENCRYPTION_KEY'),
  },
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  autoOpen: false,
  // `strapi develop` restarts on any change below the app; only the app itself and the plugin's
  // bundle (cms/dist) matter to it, not the site, the plugin's sources, tests or docs.
  watchIgnoreFiles: [
    '**/site/**',
    '**/cms/server/**',
    '**/cms/admin/**',
    '**/cms/shared/**',
    '**/tests/**',
    '**/e2e/**',
    '**/scripts/**',
    '**/docs/**',
    '**/test-results/**',
    '**/playwright-report/**',
    '**/.ci/**',
    '**/*.md',
  ],
  flags: {
    nps: false,
    promoteEE: false,
    docLinks: env.bool('FLAG_DOC_LINKS', true),
  },
  preview: {
    enabled: true,
    config: {
      allowedOrigins: [env('SITE_URL', 'http://localhost:4321')],
      async handler(uid: string, { documentId, status }: { documentId: string; status?: string }) {
        return previewUrl({
          siteUrl: env('SITE_URL', 'http://localhost:4321'),
          secret: requireSecret(env, 'PREVIEW_SECRET'),
          uid,
          documentId,
          status: status === 'published' ? 'published' : 'draft',
        });
      },
    },
  },
});

export default config;
