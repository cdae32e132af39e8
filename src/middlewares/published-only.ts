import type { Core } from '@strapi/strapi';

/**
 * Strapi 5's REST `status=draft` parameter is honoured for anyone allowed to `find`. Drafts of
 * editorial content are for staff and the site's preview only, so only an API token may ask for them.
 */
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    const wantsDraft = ctx.query?.status !== undefined && ctx.query.status !== 'published';
    const isApiToken = ctx.state?.auth?.strategy?.name === 'content-api-token';
    if (wantsDraft && !isApiToken) {
      return ctx.forbidden('Drafts are visible only with a preview token', {
        errors: [{ path: ['status'], message: 'status=draft needs an API token; omit status to read published content' }],
      });
    }
    return next();
  };
};
