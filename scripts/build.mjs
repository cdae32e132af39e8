#!/usr/bin/env node
// `npm run build`: production builds of the plugin, the Strapi app (server + admin) and the site.
import path from 'node:path';
import { ROOT } from './lib/env-file.mjs';
import { buildPluginIfStale } from './lib/plugin-build.mjs';
import { runToEnd } from './lib/processes.mjs';

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.ASTRO_TELEMETRY_DISABLED = '1';

await buildPluginIfStale({ force: true });
await runToEnd('strapi', 'npx', ['strapi', 'build'], { cwd: ROOT });
await runToEnd('site', 'npm', ['run', 'build'], { cwd: path.join(ROOT, 'site') });
console.log('[build] done: start both servers with `npm start`');
