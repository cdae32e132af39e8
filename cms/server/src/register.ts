import type { Core } from '@strapi/strapi';
import { ACTION_DEFINITIONS } from './constants/actions';
import { closeToContentManager, keyringOf } from './services/confidential';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  // Refuse to start without a usable key rather than fail on the first message or note.
  keyringOf(strapi);
  closeToContentManager(strapi);
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
};

export default register;
