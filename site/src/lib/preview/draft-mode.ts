import type { AstroCookies } from 'astro';
import { siteEnv } from '../env';
import { DRAFT_COOKIE, DRAFT_COOKIE_MAX_AGE_SECONDS, isDraftCookieValid, issueDraftCookie } from './draft-cookie';

/** Whether this request reads drafts: only with a cookie the preview endpoint signed. */
export function isDraftMode(cookies: AstroCookies): boolean {
  return isDraftCookieValid(cookies.get(DRAFT_COOKIE)?.value, siteEnv().previewSecret, Date.now());
}

export function enterDraftMode(cookies: AstroCookies): void {
  const env = siteEnv();
  cookies.set(DRAFT_COOKIE, issueDraftCookie(env.previewSecret, Date.now()), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: env.siteUrl.protocol === 'https:',
    maxAge: DRAFT_COOKIE_MAX_AGE_SECONDS,
  });
}

export function leaveDraftMode(cookies: AstroCookies): void {
  cookies.delete(DRAFT_COOKIE, { path: '/' });
}
