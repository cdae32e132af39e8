import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { pairItemsController } from './pair-items';

const interactionsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  ...pairItemsController(strapi, 'interactions'),
  async update(ctx: any) {
    ctx.body = await getService(strapi, 'interactions').update(ctx.state.user, ctx.params.id, ctx.request.body, new Date());
  },
  /** The meeting as an .ics file for the caller's calendar (the pair only). */
  async calendar(ctx: any) {
    const { filename, ics } = await getService(strapi, 'interactions').calendar(ctx.state.user, ctx.params.id, new Date());
    ctx.set('Content-Disposition', `attachment; filename="${filename}"`);
    ctx.set('Cache-Control', 'private, no-store');
    ctx.type = 'text/calendar; charset=utf-8';
    ctx.body = ics;
  },
  /** 200 with the cancelled meeting, or 204 when a past contact was removed. */
  async remove(ctx: any) {
    const cancelled = await getService(strapi, 'interactions').remove(ctx.state.user, ctx.params.id, new Date());
    if (cancelled) ctx.body = cancelled;
    else ctx.status = 204;
  },
});

export default interactionsController;
