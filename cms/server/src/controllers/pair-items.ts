import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

/** What every service of a pair's items offers: its list and a new item, both inside one connection. */
interface PairItems {
  list(user: unknown, connectionId: string, query: unknown): Promise<unknown>;
  create(user: unknown, connectionId: string, body: unknown, now: Date): Promise<unknown>;
}

/**
 * `GET /connections/:id/<items>` and `POST /connections/:id/<items>` for goals, interactions,
 * messages and feedback: thin, the service decides who may see what.
 */
export const pairItemsController = (strapi: Core.Strapi, name: 'goals' | 'interactions' | 'messages' | 'feedback') => {
  const service = () => getService(strapi, name) as unknown as PairItems;
  return {
    async list(ctx: any) {
      ctx.body = await service().list(ctx.state.user, ctx.params.id, ctx.query);
    },
    async create(ctx: any) {
      ctx.status = 201;
      ctx.body = await service().create(ctx.state.user, ctx.params.id, ctx.request.body, new Date());
    },
  };
};
