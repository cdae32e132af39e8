import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

const requestsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: any) {
    ctx.status = 201;
    ctx.body = await getService(strapi, 'requests').ask(ctx.state.user, ctx.request.body, new Date());
  },

  async find(ctx: any) {
    ctx.body = await getService(strapi, 'requests').list(ctx.state.user, ctx.query);
  },

  async accept(ctx: any) {
    ctx.body = await getService(strapi, 'requests').accept(ctx.state.user, ctx.params.id, new Date());
  },

  async decline(ctx: any) {
    ctx.body = await getService(strapi, 'requests').decline(ctx.state.user, ctx.params.id, ctx.request.body, new Date());
  },

  async withdraw(ctx: any) {
    ctx.body = await getService(strapi, 'requests').withdraw(ctx.state.user, ctx.params.id, new Date());
  },
});

export default requestsController;
