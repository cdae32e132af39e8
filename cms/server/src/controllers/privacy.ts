import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

const privacyController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async export(ctx: any) {
    const data = await getService(strapi, 'privacy').export(ctx.state.user);
    ctx.set('Content-Disposition', `attachment; filename="mentoring-data-${new Date().toISOString().slice(0, 10)}.json"`);
    ctx.body = data;
  },

  async remove(ctx: any) {
    ctx.body = await getService(strapi, 'privacy').deleteAccount(ctx.state.user, ctx.request.body, new Date());
  },
});

export default privacyController;
