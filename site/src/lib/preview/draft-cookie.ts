import { createHmac, timingSafeEqual } from 'node:crypto';

export const DRAFT_COOKIE = 'mentoring_preview';

/** Long enough for an editing session; after that staff press Preview again. */
export const DRAFT_COOKIE_MAX_AGE_SECONDS = 2 * 60 * 60;

function sign(secret: string, expiresAt: number): string {
  return createHmac('sha256', secret).update(`draft-mode:${expiresAt}`).digest('base64url');
}

/**
 * The cookie is signed with PREVIEW_SECRET: a visitor who writes `mentoring_preview=1` by hand
 * must not get to read unpublished content.
 */
export function issueDraftCookie(secret: string, now: number): string {
  const expiresAt = Math.floor(now / 1000) + DRAFT_COOKIE_MAX_AGE_SECONDS;
  return `${expiresAt}.${sign(secret, expiresAt)}`;
}

export function isDraftCookieValid(value: string | undefined, secret: string, now: number): boolean {
  if (!value || !secret) return false;
  const [expires, signature] = value.split('.');
  const expiresAt = Number(expires);
  if (!signature || !Number.isInteger(expiresAt) || expiresAt * 1000 <= now) return false;
  const expected = Buffer.from(sign(secret, expiresAt));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
