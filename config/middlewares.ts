import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // The admin's Preview panel frames the site.
          'frame-src': ["'self'", env('SITE_URL', 'http://localhost:4321')],
        },
      },
    },
  },
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  {
    name: 'strapi::body',
    // DELETE too: deleting an account carries the password that confirms it (DELETE /api/mentoring/me).
    config: { parsedMethods: ['POST', 'PUT', 'PATCH', 'DELETE'] },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
