import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::program-info.program-info');
