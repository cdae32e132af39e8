import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { pairItemsController } from './pair-items';

const goalsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  ...pairItemsController(strapi, 'goals'),
  async update(ctx: any) {
    ctx.body = await getService(strapi, 'goals').update(ctx.state.user, ctx.params.id, ctx.request.body, new Date());
  },
});

export default goalsController;
