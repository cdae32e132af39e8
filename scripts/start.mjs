#!/usr/bin/env node
// `npm start`: Strapi and the site from their production builds (`npm run build` first). Secrets come
// from the environment; a local .env, if present, fills what the environment leaves out.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, readEnvFile } from './lib/env-file.mjs';
import { exitWhenAnyStops, run, stopAllOnExit, waitForUrl } from './lib/processes.mjs';

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.ASTRO_TELEMETRY_DISABLED = '1';
stopAllOnExit();

for (const [built, hint] of [
  ['dist/src/index.js', 'the Strapi app'],
  ['cms/dist/server/index.js', 'the mentoring plugin'],
  ['site/dist/server/entry.mjs', 'the site'],
]) {
  if (!fs.existsSync(path.join(ROOT, built))) {
    console.error(`[start] ${hint} is not built (${built} is missing): run \`npm run build\` first.`);
    process.exit(1);
  }
}

const env = { ...readEnvFile(), ...process.env };
const strapiPort = env.PORT ?? '1337';
const sitePort = env.SITE_PORT ?? '4321';
const strapiUrl = env.STRAPI_URL ?? `http://localhost:${strapiPort}`;
const siteUrl = env.SITE_URL ?? `http://localhost:${sitePort}`;

const strapi = run('strapi', 'npx', ['strapi', 'start'], { cwd: ROOT, env: { PORT: strapiPort, SITE_URL: siteUrl } });
const site = run('site', 'npm', ['run', 'start'], {
  cwd: path.join(ROOT, 'site'),
  env: { ...env, STRAPI_URL: strapiUrl, SITE_URL: siteUrl, SITE_PORT: sitePort },
});
exitWhenAnyStops({ strapi, site }, 'start');

await waitForUrl(`${strapiUrl}/_health`, { timeoutMs: 120_000 });
await waitForUrl(siteUrl, { timeoutMs: 60_000 });
console.log(`[start] site ${siteUrl} · staff admin ${strapiUrl}/admin`);
