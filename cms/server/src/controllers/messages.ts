import type { Core } from '@strapi/strapi';
import { pairItemsController } from './pair-items';

const messagesController = ({ strapi }: { strapi: Core.Strapi }) => pairItemsController(strapi, 'messages');

export default messagesController;
