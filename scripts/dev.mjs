#!/usr/bin/env node
// `npm run dev`: the whole product on embedded defaults — SQLite, mail captured to .tmp/mail,
// demo content, a first admin — with Strapi (develop) and the site (astro dev) side by side.
import path from 'node:path';
import { ROOT, ensureEnvFile } from './lib/env-file.mjs';
import { buildPluginIfStale } from './lib/plugin-build.mjs';
import { exitWhenAnyStops, run, stopAllOnExit, waitForUrl } from './lib/processes.mjs';

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.ASTRO_TELEMETRY_DISABLED = '1';
stopAllOnExit();

const { values: secrets, created } = ensureEnvFile();
if (created.length > 0) console.log(`[dev] wrote ${created.length} new secrets to .env (git-ignored)`);

const strapiPort = process.env.PORT ?? '1337';
const sitePort = process.env.SITE_PORT ?? '4321';
const strapiUrl = process.env.STRAPI_URL ?? `http://localhost:${strapiPort}`;
const siteUrl = process.env.SITE_URL ?? `http://localhost:${sitePort}`;
const mailDir = path.resolve(ROOT, process.env.MAIL_CAPTURE_DIR ?? '.tmp/mail');

await buildPluginIfStale();

const logins = [];
const strapi = run('strapi', 'npx', ['strapi', 'develop', '--no-watch-admin'], {
  cwd: ROOT,
  env: { PORT: strapiPort, SITE_URL: siteUrl, DEV_SETUP: 'true', DEMO_CONTENT: 'true', DEMO_PARTICIPANTS: process.env.DEMO_PARTICIPANTS ?? '300', BROWSER: 'none' },
  onLine: (line) => {
    const credential = line.match(/│ (email|password):\s+(.*)$/);
    if (credential) logins.push(`first admin ${credential[1]}: ${credential[2].trim()}`);
    const demo = line.match(/│ (demo (?:mentee|mentor) login): (.*)$/);
    if (demo) logins.push(`${demo[1]}: ${demo[2].trim()}`);
  },
});
const site = run('site', 'npx', ['astro', 'dev', '--port', sitePort, '--host', '127.0.0.1'], {
  cwd: path.join(ROOT, 'site'),
  env: { ...secrets, ...process.env, STRAPI_URL: strapiUrl, SITE_URL: siteUrl, SITE_PORT: sitePort },
});

exitWhenAnyStops({ strapi, site }, 'dev');

await waitForUrl(`${strapiUrl}/_health`, { timeoutMs: 300_000 });
await waitForUrl(siteUrl, { timeoutMs: 120_000 });

console.log(
  [
    '',
    '┌─ The mentoring program is running ─────────────────────',
    `│ Site:          ${siteUrl}`,
    `│ Staff admin:   ${strapiUrl}/admin`,
    ...(logins.length
      ? logins.map((line) => `│   ${line}`)
      : ['│   log in with the accounts printed on first run (demo participants: password Demo-Pass-2026)']),
    `│ Captured mail: ${mailDir} (one .eml file per message)`,
    '│ Stop with Ctrl-C.',
    '└────────────────────────────────────────────────────────',
  ].join('\n'),
);
