import type { Core } from '@strapi/strapi';
import { pairItemsController } from './pair-items';

const feedbackController = ({ strapi }: { strapi: Core.Strapi }) => pairItemsController(strapi, 'feedback');

export default feedbackController;
