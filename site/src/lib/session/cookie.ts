import type { AstroCookies } from 'astro';
import { siteEnv } from '../env';

/**
 * The participant's session is the Strapi JWT itself, in a cookie the browser sends back but its
 * scripts cannot read (httpOnly), that other sites' forms and subrequests do not carry
 * (SameSite=Lax), and that only travels over HTTPS in production (Secure, with the `__Host-`
 * prefix, so no subdomain can plant or widen it). No server-side store: any site instance can
 * serve any participant.
 */
const COOKIE = 'mentoring_session';

/** When the token says nothing about its expiry. users-permissions issues 30-day tokens. */
const FALLBACK_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
const LONGEST_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

const isSecure = () => siteEnv().siteUrl.protocol === 'https:';

export const sessionCookieName = (secure: boolean) => (secure ? `__Host-${COOKIE}` : COOKIE);

/**
 * Seconds until the JWT expires, read from its `exp` claim (not verified: Strapi verifies it on
 * every call; this only keeps the cookie from outliving the token).
 */
export function secondsUntilExpiry(jwt: string, now: number): number {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown };
    if (typeof payload.exp !== 'number') return FALLBACK_MAX_AGE_SECONDS;
    return Math.max(0, Math.min(LONGEST_MAX_AGE_SECONDS, Math.floor(payload.exp - now / 1000)));
  } catch {
    return FALLBACK_MAX_AGE_SECONDS;
  }
}

export function startSession(cookies: AstroCookies, jwt: string): void {
  const secure = isSecure();
  cookies.set(sessionCookieName(secure), jwt, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: secondsUntilExpiry(jwt, Date.now()),
  });
}

export function endSession(cookies: AstroCookies): void {
  const secure = isSecure();
  cookies.delete(sessionCookieName(secure), { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

export function sessionToken(cookies: AstroCookies): string | undefined {
  const value = cookies.get(sessionCookieName(isSecure()))?.value;
  return value && /^[\w-]+\.[\w-]+\.[\w-]+$/.test(value) ? value : undefined;
}
