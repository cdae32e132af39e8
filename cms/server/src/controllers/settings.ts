import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

/** Staff Settings page: the program-wide rules, the weights preview and each program's overrides. */
const settingsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    ctx.body = { data: await getService(strapi, 'settings').get() };
  },

  async update(ctx: any) {
    ctx.body = { data: await getService(strapi, 'settings').update(ctx.request.body) };
  },

  async preview(ctx: any) {
    ctx.body = { data: await getService(strapi, 'suggestions').preview(ctx.request.body) };
  },

  async sampleMentees(ctx: any) {
    ctx.body = { data: await getService(strapi, 'suggestions').sampleMentees(ctx.query) };
  },

  async programs(ctx: any) {
    ctx.body = { data: await getService(strapi, 'programs').list(new Date()) };
  },

  async programRules(ctx: any) {
    ctx.body = { data: await getService(strapi, 'programs').overridesOf(ctx.params.id, new Date()) };
  },

  async updateProgramRules(ctx: any) {
    ctx.body = { data: await getService(strapi, 'programs').setOverrides(ctx.params.id, ctx.request.body, new Date()) };
  },
});

export default settingsController;
