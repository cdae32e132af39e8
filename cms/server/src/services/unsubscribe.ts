import type { Core } from '@strapi/strapi';
import { PROFILE_UID } from '../constants/uids';
import { readUnsubscribeToken, unsubscribeKey, unsubscribeToken, type Subscriber } from '../mail/unsubscribe';

/**
 * One-click unsubscribe from reminders. Links are signed with a key derived from
 * MENTORING_ENCRYPTION_KEY (the plugin's own secret, required wherever confidential pair content is
 * stored), read when first needed so a missing secret fails the reminder, not the whole server.
 */
const unsubscribe = ({ strapi }: { strapi: Core.Strapi }) => {
  let key: Buffer | null = null;
  const signingKey = () => {
    if (key) return key;
    const secret = process.env.MENTORING_ENCRYPTION_KEY;
    if (!secret || secret.trim() === '') throw new Error('Missing secret MENTORING_ENCRYPTION_KEY: it signs the unsubscribe links of reminder email');
    key = unsubscribeKey(secret);
    return key;
  };

  return {
    /** The link a reminder email carries: Strapi's own route, so it works without the site. */
    link(subscriber: Subscriber): string {
      const base = String(strapi.config.get('server.absoluteUrl') ?? '').replace(/\/+$/, '');
      return `${base}/api/mentoring/unsubscribe?token=${encodeURIComponent(unsubscribeToken(signingKey(), subscriber))}`;
    },

    /** Whom a token was made for; null when it is malformed or forged. */
    read(token: unknown): Subscriber | null {
      return readUnsubscribeToken(signingKey(), token);
    },

    /** Turns the participant's reminders off. A profile deleted since the email changes nothing. */
    async apply(subscriber: Subscriber) {
      await strapi.db.query(PROFILE_UID[subscriber.role]).updateMany({ where: { documentId: subscriber.id }, data: { remindersOff: true } });
    },
  };
};

export default unsubscribe;
