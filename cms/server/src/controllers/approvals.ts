import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

const approvalsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    ctx.body = await getService(strapi, 'approvals').list();
  },

  async approve(ctx: any) {
    ctx.body = await getService(strapi, 'approvals').decide('approve', ctx.params.id, ctx.request.body, ctx.state.user.id, new Date());
  },

  async reject(ctx: any) {
    ctx.body = await getService(strapi, 'approvals').decide('reject', ctx.params.id, ctx.request.body, ctx.state.user.id, new Date());
  },

  async bulk(ctx: any) {
    ctx.body = await getService(strapi, 'approvals').decideMany(ctx.request.body, ctx.state.user.id, new Date());
  },

  async approveMentor(ctx: any) {
    ctx.body = await getService(strapi, 'approvals').reviewMentor('approve', ctx.params.id, ctx.request.body, new Date());
  },

  async rejectMentor(ctx: any) {
    ctx.body = await getService(strapi, 'approvals').reviewMentor('reject', ctx.params.id, ctx.request.body, new Date());
  },

  async bulkMentors(ctx: any) {
    ctx.body = await getService(strapi, 'approvals').reviewMentors(ctx.request.body, new Date());
  },
});

export default approvalsController;
