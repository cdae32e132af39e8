import type { Core } from '@strapi/strapi';
import { requireSecret } from '../src/lib/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    keys: requireSecret(env, 'APP_KEYS').split(','),
  },
  // The product makes no outbound connection of its own: no update check against the registry.
  logger: {
    updates: { enabled: false },
    startup: { enabled: env.bool('STARTUP_BANNER', true) },
  },
  cron: {
    enabled: env.bool('CRON_ENABLED', true),
  },
  webhooks: {
    populateRelations: false,
  },
});

export default config;
