import { defineMiddleware } from 'astro:middleware';
import { ApiRefusal, CmsUnavailableError, getMe } from './lib/api';
import { isDraftMode } from './lib/preview/draft-mode';
import { endSession, sessionToken } from './lib/session/cookie';
import { isPortalPath, loginPath } from './lib/session/return-to';

export const UNAVAILABLE_PATH = '/unavailable';

/** The largest form the site takes (a 5 MB LinkedIn export and its form); bigger bodies are not read. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** Pages about one person's account: never cached, never leaking their address to other sites. */
const ACCOUNT_PATHS = new Set(['/signup', '/check-email', '/confirm', '/login', '/logout', '/forgot-password', '/reset-password']);

/**
 * The one place that guards the portal and turns "the CMS is down" into a page.
 *
 * - `/portal/*` needs a session: without one, or with one the CMS no longer accepts, the visitor
 *   goes to /login with the page they wanted as `next`.
 * - Pages load their data in their frontmatter (before any HTML is streamed), so a
 *   CmsUnavailableError surfaces here and the visitor gets the 503 page with the program contact.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const { cookies, url } = context;
  context.locals.draft = isDraftMode(cookies);
  const token = sessionToken(cookies);
  context.locals.signedIn = Boolean(token);
  const portal = isPortalPath(url.pathname);
  const wanted = `${url.pathname}${url.search}`;
  // After a form post, the browser must fetch the login page, not post to it.
  const toLogin = (notice?: string) => context.redirect(loginPath(wanted, notice), 303);

  if (Number(context.request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
    return new Response('The request is too large.', { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  try {
    if (portal) {
      if (!token) return toLogin();
      try {
        context.locals.participant = { token, me: await getMe(token) };
      } catch (error) {
        // A staff account or a deleted role: a session, but nobody the portal can serve.
        if (error instanceof ApiRefusal && error.status === 403) {
          endSession(cookies);
          return toLogin('not-a-participant');
        }
        throw error;
      }
    }
    const response = await next();
    // Drafts are one editor's view, portal pages one participant's: never let a browser or proxy keep them.
    if (context.locals.draft || portal || ACCOUNT_PATHS.has(url.pathname)) response.headers.set('Cache-Control', 'private, no-store');
    // Confirmation and reset codes ride in the address: never hand it to another site.
    if (portal || ACCOUNT_PATHS.has(url.pathname)) response.headers.set('Referrer-Policy', 'same-origin');
    return response;
  } catch (error) {
    if (portal && error instanceof ApiRefusal && error.status === 401) {
      endSession(cookies);
      return toLogin('session-expired');
    }
    if (!(error instanceof CmsUnavailableError) || context.locals.cmsUnavailable) throw error;
    console.error(`[site] ${url.pathname}: ${error.message}`);
    context.locals.cmsUnavailable = true;
    return context.rewrite(UNAVAILABLE_PATH);
  }
});
