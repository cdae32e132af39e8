import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::program-info.program-info', {
  config: {
    find: { middlewares: ['global::published-only'] },
  },
});
