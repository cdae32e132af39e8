import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

/**
 * Every minute, deliver what the outbox holds: retries whose backoff has passed, digests whose slot
 * has come, and anything a commit's kick missed. Safe on several instances (rows are claimed).
 */
export const outboxJob = {
  mentoringOutbox: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => getService(strapi, 'outbox').kick(),
    options: { rule: '* * * * *' },
  },
};
