import type { Core } from '@strapi/strapi';
import type services from '../services';

type Services = typeof services;
export type ServiceName = keyof Services;

/** Typed access to the plugin's services, instead of string lookups everywhere. */
export function getService<Name extends ServiceName>(strapi: Core.Strapi, name: Name): ReturnType<Services[Name]> {
  return strapi.plugin('mentoring').service(name) as ReturnType<Services[Name]>;
}
