import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { SettingsValidationError } from '../services/settings';

const settingsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    ctx.body = { data: await getService(strapi, 'settings').get() };
  },

  async update(ctx: any) {
    try {
      ctx.body = { data: await getService(strapi, 'settings').update(ctx.request.body) };
    } catch (error) {
      if (error instanceof SettingsValidationError) {
        return ctx.badRequest('Some settings are not valid', { errors: error.errors });
      }
      throw error;
    }
  },
});

export default settingsController;
