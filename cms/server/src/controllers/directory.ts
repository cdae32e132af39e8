import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

const directoryController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async mentors(ctx: any) {
    ctx.body = await getService(strapi, 'directory').list('mentor', ctx.query);
  },
  async mentor(ctx: any) {
    ctx.body = await getService(strapi, 'directory').detail('mentor', ctx.params.id, ctx.state.user.id);
  },
  async mentees(ctx: any) {
    ctx.body = await getService(strapi, 'directory').list('mentee', ctx.query);
  },
  async mentee(ctx: any) {
    ctx.body = await getService(strapi, 'directory').detail('mentee', ctx.params.id, ctx.state.user.id);
  },
});

export default directoryController;
