/**
 * Signed one-click unsubscribe links for reminder email, pure. The token names the participant's
 * profile and carries an HMAC-SHA256 of it, so a link works without logging in and cannot be
 * made up for someone else. It does not expire: a link in an old email must still work.
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'crypto';

export interface Subscriber {
  role: 'mentor' | 'mentee';
  /** The profile's documentId. */
  id: string;
}

const TOKEN = /^(mentor|mentee)\.([a-z0-9]{1,64})\.([A-Za-z0-9_-]{43})$/;

/**
 * The signing key, derived from the plugin's own secret (MENTORING_ENCRYPTION_KEY) with HKDF under
 * a purpose label, so the encryption key itself never signs anything and each use has its own key.
 */
export const unsubscribeKey = (secret: string): Buffer => Buffer.from(hkdfSync('sha256', secret, '', 'mentoring unsubscribe link v1', 32));

const signature = (key: Buffer, subscriber: Subscriber) => createHmac('sha256', key).update(`unsubscribe:${subscriber.role}:${subscriber.id}`).digest('base64url');

export const unsubscribeToken = (key: Buffer, subscriber: Subscriber) => `${subscriber.role}.${subscriber.id}.${signature(key, subscriber)}`;

/** The participant a token was made for, or null for anything malformed or forged. */
export function readUnsubscribeToken(key: Buffer, token: unknown): Subscriber | null {
  if (typeof token !== 'string') return null;
  const match = TOKEN.exec(token);
  if (!match) return null;
  const subscriber: Subscriber = { role: match[1] as Subscriber['role'], id: match[2] };
  const expected = Buffer.from(signature(key, subscriber));
  const given = Buffer.from(match[3]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? subscriber : null;
}
