import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

/** Shutdown: let a delivery under way finish before the database closes under it. */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'outbox').stop();
};

export default destroy;
