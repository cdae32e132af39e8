import type { Core } from '@strapi/strapi';
import type { Role } from '../../../shared/contracts/profile';
import { participantRole } from '../policies/participant';
import { getService } from '../utils/get-service';

const viewerOf = (ctx: any) => ({ id: ctx.state.user.id as number, role: participantRole(ctx.state.user) as Role });

const directoryController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async mentors(ctx: any) {
    ctx.body = await getService(strapi, 'directory').list('mentor', ctx.query, viewerOf(ctx));
  },
  async mentor(ctx: any) {
    ctx.body = await getService(strapi, 'directory').detail('mentor', ctx.params.id, viewerOf(ctx));
  },
  async mentees(ctx: any) {
    ctx.body = await getService(strapi, 'directory').list('mentee', ctx.query, viewerOf(ctx));
  },
  async mentee(ctx: any) {
    ctx.body = await getService(strapi, 'directory').detail('mentee', ctx.params.id, viewerOf(ctx));
  },
  async suggestions(ctx: any) {
    ctx.body = await getService(strapi, 'suggestions').forMentee(ctx.state.user.id, ctx.query);
  },
});

export default directoryController;
