import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

const settingsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    ctx.body = { data: await getService(strapi, 'settings').get() };
  },

  async update(ctx: any) {
    ctx.body = { data: await getService(strapi, 'settings').update(ctx.request.body) };
  },
});

export default settingsController;
