import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from './env-file.mjs';
import { buildPluginIfStale } from './plugin-build.mjs';

/**
 * Loads the Strapi app inside this process (no HTTP server yet), for scripts that call services
 * directly. `env` is applied to process.env first: Strapi reads its configuration from there.
 */
export async function loadStrapi(env = {}) {
  Object.assign(process.env, env);
  await buildPluginIfStale();
  // Strapi is CommonJS and its ESM entry does not load under Node 20: require it.
  const { compileStrapi, createStrapi } = createRequire(import.meta.url)('@strapi/strapi');
  await compileStrapi({ appDir: ROOT });
  return createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
}

/**
 * Strapi emits each document's event after commit without awaiting it, and the event loads the
 * entry again: wait until those reads are done, or closing the pool aborts them. Then shut down.
 * Note that Strapi's destroy removes every process listener, this script's signal handlers too.
 */
export async function closeStrapi(app, { timeoutMs = 30_000 } = {}) {
  const pool = app.db.connection.client.pool;
  const deadline = Date.now() + timeoutMs;
  while ((pool.numUsed() > 0 || pool.numPendingAcquires() > 0) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await app.destroy();
}
