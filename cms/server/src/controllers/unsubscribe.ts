import type { Core } from '@strapi/strapi';
import { confirmPage, donePage, invalidPage } from '../mail/unsubscribe-page';
import { getService } from '../utils/get-service';
import { siteUrl } from '../utils/site-url';

/** GET shows the one-click button; POST (the button, or a mail client's RFC 8058 POST) does it. */
const unsubscribeController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: any) {
    const token = ctx.query.token;
    ctx.type = 'html';
    if (!getService(strapi, 'unsubscribe').read(token)) {
      ctx.status = 400;
      ctx.body = invalidPage(siteUrl());
      return;
    }
    ctx.body = confirmPage(token, siteUrl());
  },

  async confirm(ctx: any) {
    const token = ctx.query.token ?? ctx.request.body?.token;
    const unsubscribe = getService(strapi, 'unsubscribe');
    const subscriber = unsubscribe.read(token);
    ctx.type = 'html';
    if (!subscriber) {
      ctx.status = 400;
      ctx.body = invalidPage(siteUrl());
      return;
    }
    await unsubscribe.apply(subscriber);
    ctx.body = donePage(siteUrl());
  },
});

export default unsubscribeController;
