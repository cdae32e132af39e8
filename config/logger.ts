import type { Core } from '@strapi/strapi';

// Merged over Strapi's default console logger: only the level is ours to set (LOG_LEVEL).
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  level: env('LOG_LEVEL', 'http'),
});
