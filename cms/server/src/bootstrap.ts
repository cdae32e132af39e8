import type { Core } from '@strapi/strapi';
import type { Role } from '../../shared/contracts/profile';
import { PROFILE_UID, UID } from './constants/uids';
import { getService } from './utils/get-service';
import { outboxJob } from './jobs/outbox';

const ROLE_OF_UID: Record<string, Role> = { [PROFILE_UID.mentor]: 'mentor', [PROFILE_UID.mentee]: 'mentee' };

/**
 * Start-up: the participant roles and account emails, the directory's tables, and the hooks that
 * keep the directory in step with every profile write — from the API or from the Content Manager.
 */
const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'accountsSetup').ensure(process.env.SITE_URL ?? 'http://localhost:4321');
  await getService(strapi, 'directoryIndex').ensureSchema();
  await getService(strapi, 'profileChanges').ensureSchema();
  await getService(strapi, 'workflowStore').ensureSchema();
  await getService(strapi, 'feedback').ensureSchema();
  // Built now rather than by the first mentee's request, which would otherwise wait for it.
  await getService(strapi, 'matchingIndex').current();
  if (strapi.plugin('mentoring').config('jobs')) strapi.cron.add(outboxJob);
  // The time rules every few minutes, under a lease (off with MENTORING_JOBS=false).
  getService(strapi, 'jobs').schedule();

  const profiles = () => getService(strapi, 'profiles');
  strapi.db.lifecycles.subscribe({
    models: [PROFILE_UID.mentor, PROFILE_UID.mentee],
    async afterCreate(event: any) {
      await profiles().reindex(ROLE_OF_UID[event.model.uid], event.result.id);
    },
    async afterUpdate(event: any) {
      if (event.result?.id) await profiles().reindex(ROLE_OF_UID[event.model.uid], event.result.id);
    },
    async afterDelete(event: any) {
      if (!event.result?.documentId) return;
      await getService(strapi, 'directoryIndex').save(event.result.documentId, null);
      await getService(strapi, 'profileChanges').record(ROLE_OF_UID[event.model.uid], event.result.documentId);
    },
  });
  // Confirming an email or blocking an account changes who is listed.
  strapi.db.lifecycles.subscribe({
    models: [UID.user],
    async afterUpdate(event: any) {
      const userId = event.result?.id;
      if (!userId) return;
      for (const role of ['mentor', 'mentee'] as const) {
        const profile = await strapi.db.query(PROFILE_UID[role]).findOne({ where: { user: { id: userId } }, select: ['id'] });
        if (profile) await profiles().reindex(role, profile.id);
      }
    },
  });
  strapi.db.lifecycles.subscribe({
    models: [UID.program],
    async beforeCreate(event: any) {
      await getService(strapi, 'programs').prepareWrite(event.params.data);
    },
    async beforeUpdate(event: any) {
      await getService(strapi, 'programs').prepareWrite(event.params.data);
    },
  });
};

export default bootstrap;
