import { sameSitePath } from '../same-site-path';

export const PORTAL_HOME = '/portal';

/** Pages that need a session: the portal and everything under it. */
export const isPortalPath = (pathname: string) => pathname === PORTAL_HOME || pathname.startsWith(`${PORTAL_HOME}/`);

/**
 * Where to go after logging in: the portal page that sent the visitor to the login, if `next` is
 * one; the dashboard otherwise. Nothing off the site and nothing outside the portal (no loops back
 * to /login, no bouncing through other pages).
 */
export function returnPath(next: string | null | undefined): string {
  const path = sameSitePath(next ?? null);
  if (!path) return PORTAL_HOME;
  return isPortalPath(new URL(path, 'http://site.invalid').pathname) ? path : PORTAL_HOME;
}

/** `/login?next=…` for a visitor who asked for `pathAndQuery` without a session. */
export function loginPath(pathAndQuery: string, notice?: string): string {
  const query = new URLSearchParams();
  if (pathAndQuery !== PORTAL_HOME) query.set('next', pathAndQuery);
  if (notice) query.set('notice', notice);
  const search = query.toString();
  return search ? `/login?${search}` : '/login';
}
