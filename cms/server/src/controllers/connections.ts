import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

const connectionsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    ctx.body = await getService(strapi, 'connections').list(ctx.state.user, new Date());
  },

  async findOne(ctx: any) {
    ctx.body = await getService(strapi, 'connections').detail(ctx.state.user, ctx.params.id, new Date());
  },

  async confirm(ctx: any) {
    ctx.body = await getService(strapi, 'proposals').confirm(ctx.state.user, ctx.params.id, new Date());
  },

  async decline(ctx: any) {
    ctx.body = await getService(strapi, 'proposals').decline(ctx.state.user, ctx.params.id, ctx.request.body, new Date());
  },

  async end(ctx: any) {
    ctx.body = await getService(strapi, 'connections').end(ctx.state.user, ctx.params.id, ctx.request.body, new Date());
  },
});

export default connectionsController;
