#!/usr/bin/env node
// `npm run seed -- --mentors N --mentees M --seed S`: adds deterministic demo participants to the
// configured database (SQLite .tmp/data.db by default). The same seed twice adds nothing new.
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, ensureEnvFile } from './lib/env-file.mjs';
import { buildPluginIfStale } from './lib/plugin-build.mjs';

process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.LOG_LEVEL ??= 'warn';
process.env.STARTUP_BANNER = 'false';
process.env.MENTORING_JOBS = 'false';
process.env.CRON_ENABLED = 'false';

const { values } = parseArgs({
  options: {
    mentors: { type: 'string', default: '200' },
    mentees: { type: 'string', default: '100' },
    seed: { type: 'string', default: '2026' },
    password: { type: 'string', default: 'Demo-Pass-2026' },
  },
});
const count = (name) => {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number (0 or more), got "${values[name]}"`);
    process.exit(2);
  }
  return value;
};
const options = { mentors: count('mentors'), mentees: count('mentees'), seed: count('seed'), password: values.password };

ensureEnvFile();
await buildPluginIfStale();
// Strapi is CommonJS and its ESM entry does not load under Node 20: require it.
const { compileStrapi, createStrapi } = createRequire(import.meta.url)('@strapi/strapi');
await compileStrapi({ appDir: ROOT });
const strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
try {
  const started = Date.now();
  const result = await strapi.plugin('mentoring').service('demoParticipants').seed({ ...options, now: new Date() });
  console.log(
    `[seed] added ${result.created.mentors} mentors and ${result.created.mentees} mentees in ${((Date.now() - started) / 1000).toFixed(1)} s` +
      ` (password ${options.password}; e.g. ${result.logins.mentee ?? '-'} / ${result.logins.mentor ?? '-'})`,
  );
} finally {
  await drainDatabase(strapi);
  await strapi.destroy();
}

/**
 * Strapi emits each document's event after commit without awaiting it, and the event loads the
 * entry again: wait until those reads are done, or closing the pool aborts them.
 */
async function drainDatabase(app, timeoutMs = 30_000) {
  const pool = app.db.connection.client.pool;
  const deadline = Date.now() + timeoutMs;
  while ((pool.numUsed() > 0 || pool.numPendingAcquires() > 0) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
