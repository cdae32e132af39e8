import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ROOT, SECRET_GENERATORS, buildTimeEnv, ensureEnvFile } from './env-file.mjs';
import { buildPluginIfStale } from './plugin-build.mjs';
import { run, runToEnd, waitForUrl } from './processes.mjs';

const SITE_DIR = path.join(ROOT, 'site');

/** Fixed staff credentials for throw-away databases (browser tests, benchmarks); never a real one. */
export const TEST_ADMIN = { email: 'e2e-staff@example.edu', password: 'E2e-Staff-Pass-123' };

const BUILDS = {
  strapi: path.join(ROOT, 'dist', 'build', 'index.html'),
  site: path.join(SITE_DIR, 'dist', 'server', 'entry.mjs'),
};

/**
 * Production builds of the plugin, the Strapi app (server and admin panel) and the site.
 * `onlyIfMissing` keeps builds that exist, for runs that measure rather than prove the build.
 */
export async function buildStack({ onlyIfMissing = false } = {}) {
  await buildPluginIfStale();
  if (!onlyIfMissing || !fs.existsSync(BUILDS.strapi)) {
    // NODE_ENV=production, or the admin panel is a development bundle (React's dev build, Redux
    // Toolkit's state checks on every action): `strapi build` sets NODE_ENV to development when it
    // is unset, and Vite bundles for that rather than for its own production mode.
    await runToEnd('build', 'npx', ['strapi', 'build'], { cwd: ROOT, env: { ...buildTimeEnv(), NODE_ENV: 'production' } });
  }
  if (!onlyIfMissing || !fs.existsSync(BUILDS.site)) {
    await runToEnd('build', 'npm', ['run', 'build', '--workspace', 'site'], { cwd: ROOT });
  }
}

/** The product's secrets: from the environment, else from .env (created when missing). */
export function loadSecrets() {
  const { values } = ensureEnvFile();
  return Object.fromEntries(Object.keys(SECRET_GENERATORS).map((key) => [key, process.env[key] ?? values[key]]));
}

/** Refuses a port something already answers on: we would otherwise test someone else's server. */
export async function assertPortFree(port) {
  const inUse = await new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });
  if (inUse) throw new Error(`Port ${port} is already in use: stop whatever listens there and run again`);
}

/** A port nothing listens on: taken from the OS, then let go, so connections to it are refused. */
export async function closedPort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits for `url`, failing at once if the server's process exits first. */
export async function waitForServer(name, server, url) {
  let ready = false;
  const exitedEarly = server.exited.then(({ code, signal }) => {
    if (!ready) throw new Error(`${name} exited (${signal ?? `code ${code}`}) before answering at ${url}`);
  });
  await Promise.race([waitForUrl(url, { timeoutMs: 180_000 }), exitedEarly]);
  ready = true;
}

/** Deletes a SQLite database and its side files, and makes sure its folder exists. */
export function removeDatabase(file) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
}

/** Starts the site's production server in its own process group, against `strapiUrl`. */
export function startSite({ name = 'site', port, strapiUrl, secrets, cacheSeconds, env = {} }) {
  const siteUrl = `http://localhost:${port}`;
  const server = run(name, 'npm', ['run', 'start'], {
    cwd: SITE_DIR,
    env: {
      NODE_ENV: 'production',
      SITE_PORT: String(port),
      SITE_HOST: '127.0.0.1',
      SITE_URL: siteUrl,
      STRAPI_URL: strapiUrl,
      REVALIDATE_SECRET: secrets.REVALIDATE_SECRET,
      PREVIEW_SECRET: secrets.PREVIEW_SECRET,
      STRAPI_PREVIEW_TOKEN: secrets.STRAPI_PREVIEW_TOKEN,
      // Unset: the site's own default.
      ...(cacheSeconds === undefined ? {} : { CONTENT_CACHE_SECONDS: String(cacheSeconds) }),
      ...env,
    },
  });
  return { name, url: siteUrl, server };
}

/**
 * Starts Strapi on a fresh SQLite database with the demo content and the site against it, both
 * from their production builds, and resolves once both answer. `stop()` ends both process groups.
 * `mailDir` (emptied first) receives the captured mail; `demoParticipants` generated accounts join.
 */
export async function startStack({ strapiPort, sitePort, databaseFile, cacheSeconds, mailDir, demoParticipants = 0 }) {
  const secrets = loadSecrets();
  await Promise.all([assertPortFree(strapiPort), assertPortFree(sitePort)]);
  removeDatabase(databaseFile);
  if (mailDir) {
    fs.rmSync(mailDir, { recursive: true, force: true });
    fs.mkdirSync(mailDir, { recursive: true });
  }

  const strapiUrl = `http://localhost:${strapiPort}`;
  const siteUrl = `http://localhost:${sitePort}`;
  const strapi = run('strapi', 'npx', ['strapi', 'start'], {
    cwd: ROOT,
    env: {
      ...secrets,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(strapiPort),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: databaseFile,
      DEMO_CONTENT: 'true',
      DEMO_PARTICIPANTS: String(demoParticipants),
      // Captured, never sent: an SMTP_HOST from the shell or .env must not mail test addresses.
      ...(mailDir ? { MAIL_CAPTURE_DIR: mailDir, SMTP_HOST: '' } : {}),
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      SITE_URL: siteUrl,
      CRON_ENABLED: 'false',
      MENTORING_JOBS: 'false',
      // The browser tests log in dozens of participants within minutes, all from the site's address.
      AUTH_RATE_LIMIT_MAX: process.env.AUTH_RATE_LIMIT_MAX ?? '1000',
      STARTUP_BANNER: 'false',
      LOG_LEVEL: 'warn',
    },
  });
  const site = startSite({ port: sitePort, strapiUrl, secrets, cacheSeconds });
  const servers = [strapi, site.server];
  try {
    await waitForServer('strapi', strapi, `${strapiUrl}/_health`);
    await waitForServer('site', site.server, siteUrl);
  } catch (error) {
    servers.forEach((server) => server.stop());
    throw error;
  }
  return { strapiUrl, siteUrl, secrets, stop: () => stopServers(servers) };
}

/** SIGTERM to each process group, SIGKILL to any group still there after `graceMs`. */
export async function stopServers(servers, { graceMs = 10_000 } = {}) {
  servers.forEach((server) => server.stop());
  const timer = setTimeout(() => {
    for (const { child } of servers) {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // exited meanwhile
        }
      }
    }
  }, graceMs);
  await Promise.all(servers.map((server) => server.exited));
  clearTimeout(timer);
}
