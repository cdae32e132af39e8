import { HandHeart } from '@strapi/icons';

export const PluginIcon = () => <HandHeart />;
