import path from 'path';
import request from 'supertest';
import { createStrapi, type Core } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from './database';

const ROOT = path.resolve(__dirname, '..', '..');

export interface TestApp {
  strapi: Core.Strapi;
  /** supertest against the in-process HTTP server; no port is opened. */
  http: () => request.Agent;
  /** The database this app runs on, for a second instance on it (`startInstanceProcess`). */
  database: TestDatabase;
  stop(): Promise<void>;
}

/**
 * Boots the compiled app in-process on its own fresh database. `env` is applied before Strapi
 * reads its configuration (mail transport, demo content, …) and restored by stop().
 */
export async function startApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const applied = { ...database.env, ...env };
  const previous = Object.fromEntries(Object.keys(applied).map((key) => [key, process.env[key]]));
  Object.assign(process.env, applied);

  const restoreEnv = () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };

  let strapi: Core.Strapi | undefined;
  const stop = async () => {
    if (strapi) await strapi.destroy();
    strapi = undefined;
    await database.drop();
    restoreEnv();
  };

  try {
    strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
    strapi.server.mount();
  } catch (error) {
    // A failed boot must still release the database, or jest hangs on open handles.
    await stop();
    throw error;
  }
  const instance = strapi;
  return { strapi: instance, http: () => request.agent(instance.server.httpServer), database, stop };
}
