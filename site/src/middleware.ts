import { defineMiddleware } from 'astro:middleware';
import { CmsUnavailableError } from './lib/api';
import { isDraftMode } from './lib/preview/draft-mode';

export const UNAVAILABLE_PATH = '/unavailable';

/**
 * The one place that turns "the CMS is down" into a page: pages load their content in their
 * frontmatter (before any HTML is streamed), so a CmsUnavailableError surfaces here and the
 * visitor gets the 503 page with the program contact instead of a stack trace.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  context.locals.draft = isDraftMode(context.cookies);
  try {
    const response = await next();
    // Drafts are one editor's view: never let a browser or proxy keep them.
    if (context.locals.draft) response.headers.set('Cache-Control', 'private, no-store');
    return response;
  } catch (error) {
    if (!(error instanceof CmsUnavailableError) || context.locals.cmsUnavailable) throw error;
    console.error(`[site] ${context.url.pathname}: ${error.message}`);
    context.locals.cmsUnavailable = true;
    return context.rewrite(UNAVAILABLE_PATH);
  }
});
