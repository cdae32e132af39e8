#!/usr/bin/env node
// `npm run test:e2e`: builds everything for production, starts Strapi (fresh SQLite database with
// the demo content) and the site, plus a second site whose CMS is unreachable, runs Playwright
// against them and stops every server whatever happens. Extra arguments go to `playwright test`.
import path from 'node:path';
import { ensureChromium } from './lib/chromium.mjs';
import { ROOT } from './lib/env-file.mjs';
import { run, stopAllOnExit } from './lib/processes.mjs';
import {
  TEST_ADMIN,
  assertPortFree,
  buildStack,
  closedPort,
  startSite,
  startStack,
  stopServers,
  waitForServer,
} from './lib/stack.mjs';

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.ASTRO_TELEMETRY_DISABLED = '1';
stopAllOnExit();

ensureChromium();

/** Overridable so that two checkouts on one machine can run the browser tests at the same time. */
function port(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`${name} must be a TCP port, got "${raw}"`);
  return value;
}

const PORTS = {
  strapi: port('E2E_STRAPI_PORT', 1339),
  site: port('E2E_SITE_PORT', 4329),
  siteWithoutCms: port('E2E_SITE_NO_CMS_PORT', 4330),
};
const FALLBACK_CONTACT_EMAIL = 'help-desk@example.edu';
const E2E_DIR = path.join(ROOT, '.tmp', 'e2e');
const MAIL_DIR = path.join(E2E_DIR, 'mail');
// Enough listed mentors for suggestions, filters and a second page of results.
const DEMO_PARTICIPANTS = 40;

let exitCode = 1;
let stack;
const extraServers = [];
try {
  await buildStack();
  await assertPortFree(PORTS.siteWithoutCms);
  // A long cache: a published FAQ can then only show up quickly because the webhook cleared it.
  stack = await startStack({
    strapiPort: PORTS.strapi,
    sitePort: PORTS.site,
    databaseFile: path.join(E2E_DIR, 'strapi.db'),
    mailDir: MAIL_DIR,
    demoParticipants: DEMO_PARTICIPANTS,
    cacheSeconds: 300,
  });
  const siteWithoutCms = startSite({
    name: 'site-no-cms',
    port: PORTS.siteWithoutCms,
    // Every CMS request is refused at once, as when Strapi is down.
    strapiUrl: `http://127.0.0.1:${await closedPort()}`,
    secrets: stack.secrets,
    cacheSeconds: 300,
    env: { SITE_CONTACT_EMAIL: FALLBACK_CONTACT_EMAIL },
  });
  extraServers.push(siteWithoutCms.server);
  // Its pages answer 503 by design; a static file shows the server is up.
  await waitForServer('site-no-cms', siteWithoutCms.server, `${siteWithoutCms.url}/favicon.svg`);

  const playwright = run('e2e', 'npx', ['playwright', 'test', ...process.argv.slice(2)], {
    cwd: ROOT,
    env: {
      E2E_SITE_URL: stack.siteUrl,
      E2E_STRAPI_URL: stack.strapiUrl,
      E2E_SITE_WITHOUT_CMS_URL: siteWithoutCms.url,
      E2E_FALLBACK_CONTACT_EMAIL: FALLBACK_CONTACT_EMAIL,
      E2E_MAIL_DIR: MAIL_DIR,
      E2E_ADMIN_EMAIL: TEST_ADMIN.email,
      E2E_ADMIN_PASSWORD: TEST_ADMIN.password,
      E2E_PREVIEW_SECRET: stack.secrets.PREVIEW_SECRET,
      E2E_REVALIDATE_SECRET: stack.secrets.REVALIDATE_SECRET,
    },
  });
  const { code } = await playwright.exited;
  exitCode = code ?? 1;
} catch (error) {
  console.error(`[e2e] ${error instanceof Error ? error.message : error}`);
} finally {
  await Promise.all([stack?.stop(), stopServers(extraServers)]);
}
process.exit(exitCode);
