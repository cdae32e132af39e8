import type { Core } from '@strapi/strapi';
import { participantRole } from '../policies/participant';
import type { Role } from '../../../shared/contracts/profile';
import { getService } from '../utils/get-service';

const participantsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async signup(ctx: any) {
    ctx.status = 201;
    ctx.body = await getService(strapi, 'participants').signup(ctx.request.body, new Date());
  },

  async me(ctx: any) {
    ctx.body = await getService(strapi, 'participants').me(ctx.state.user);
  },

  async updateProfile(ctx: any) {
    const role = participantRole(ctx.state.user) as Role;
    ctx.body = { profile: await getService(strapi, 'profiles').updateOwn(role, ctx.state.user.id, ctx.request.body) };
  },

  async linkedinImport(ctx: any) {
    const role = participantRole(ctx.state.user) as Role;
    ctx.body = await getService(strapi, 'linkedinImport').propose(role, ctx.request.files?.file);
  },

  async uploadPhoto(ctx: any) {
    const role = participantRole(ctx.state.user) as Role;
    ctx.body = { profile: await getService(strapi, 'profilePhoto').replace(role, ctx.state.user.id, ctx.request.files?.file) };
  },

  async removePhoto(ctx: any) {
    const role = participantRole(ctx.state.user) as Role;
    ctx.body = { profile: await getService(strapi, 'profilePhoto').remove(role, ctx.state.user.id) };
  },

  async leave(ctx: any) {
    ctx.body = { profile: await getService(strapi, 'profiles').giveNotice(ctx.state.user.id, ctx.request.body, new Date()) };
  },
});

export default participantsController;
