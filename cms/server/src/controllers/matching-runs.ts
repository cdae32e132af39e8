import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

const matchingRunsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: any) {
    ctx.status = 202;
    ctx.body = await getService(strapi, 'matching').start(ctx.request.body, ctx.state.user.id);
  },

  async find(ctx: any) {
    ctx.body = await getService(strapi, 'matching').list(new Date());
  },

  async findOne(ctx: any) {
    ctx.body = await getService(strapi, 'matching').find(ctx.params.id);
  },

  async release(ctx: any) {
    ctx.body = await getService(strapi, 'proposals').release(ctx.params.id, ctx.request.body, new Date());
  },
});

export default matchingRunsController;
