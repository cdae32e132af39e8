import type { Core } from '@strapi/strapi';
import { ACTION_DEFINITIONS } from './constants/actions';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
};

export default register;
