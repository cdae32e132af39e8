#!/usr/bin/env node
// `npm run build`: production builds of the plugin, the Strapi app (server + admin) and the site.
import { buildStack } from './lib/stack.mjs';

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.ASTRO_TELEMETRY_DISABLED = '1';

await buildStack();
console.log('[build] done: start both servers with `npm start`');
