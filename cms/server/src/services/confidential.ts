import type { Core } from '@strapi/strapi';
import { UID } from '../constants/uids';
import { forbidden } from '../utils/errors';
import { open, parseKeyring, seal, UnreadableError, type Keyring } from '../confidential';
import type { MentoringPluginConfig } from '../config';

/** The keys from the plugin's configuration; a missing or malformed key stops Strapi at start (register). */
export function keyringOf(strapi: Core.Strapi): Keyring {
  const config = strapi.config.get('plugin::mentoring') as MentoringPluginConfig;
  return parseKeyring(config.encryptionKey, config.previousEncryptionKeys ?? []);
}

/** The types holding the pair's confidential text. */
const CONFIDENTIAL_UIDS: readonly string[] = [UID.message, UID.interaction];

/**
 * The admin panel hides these types, but the Content Manager's API would still list their rows,
 * ciphertext included, to a super admin. Refuse every Content Manager call on them: staff see
 * counts and dates through the plugin's own routes, never the content.
 */
export function closeToContentManager(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const path: unknown = (strapi.requestContext.get() as { path?: string } | undefined)?.path;
    if (typeof path !== 'string' || !path.startsWith('/content-manager/')) return next();
    if (CONFIDENTIAL_UIDS.includes(context.uid)) {
      throw forbidden('Messages and contact notes are confidential to the pair');
    }
    if (WORKFLOW_UIDS.includes(context.uid) && !READS.has(context.action)) {
      throw forbidden('Staff act on requests and connections through the mentoring panels, so the program’s rules always run');
    }
    return next();
  });
}

/**
 * The workflow's own rows: written only by the plugin's routes and jobs, where the rules, the
 * outbox and the conditional updates run. The Content Manager's API may read them, never write.
 */
const WORKFLOW_UIDS: readonly string[] = [UID.mentorshipRequest, UID.connection, UID.goal, UID.feedback, UID.notification, UID.jobLease, UID.matchingRun];
const READS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

/**
 * Seals and opens the pair's confidential text (message bodies, interaction notes). The context
 * names the record and field, so a ciphertext is only readable where it was written.
 */
const confidential = ({ strapi }: { strapi: Core.Strapi }) => {
  let keys: Keyring | undefined;
  const ring = () => (keys ??= keyringOf(strapi));
  return {
    seal(plaintext: string, context: string): string {
      return seal(plaintext, ring(), context);
    },

    /**
     * The plaintext, or null when the value cannot be opened (altered, or sealed with a key no
     * longer configured): the rest of the thread stays readable and the error is logged for staff.
     */
    open(sealed: string | null | undefined, context: string): string | null {
      if (sealed === null || sealed === undefined) return null;
      try {
        return open(sealed, ring(), context);
      } catch (error) {
        if (!(error instanceof UnreadableError)) throw error;
        strapi.log.error(`mentoring: cannot decrypt ${context}: ${error.message}`);
        return null;
      }
    },
  };
};

export default confidential;
