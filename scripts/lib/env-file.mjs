import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const ENV_FILE = path.join(ROOT, '.env');

const random = (bytes = 32) => crypto.randomBytes(bytes).toString('base64');

/** Every secret the product needs, each made fresh for this machine. */
export const SECRET_GENERATORS = {
  APP_KEYS: () => [random(), random(), random(), random()].join(','),
  API_TOKEN_SALT: random,
  ADMIN_JWT_SECRET: random,
  TRANSFER_TOKEN_SALT: random,
  JWT_SECRET: random,
  ENCRYPTION_KEY: random,
  MENTORING_ENCRYPTION_KEY: () => random(32),
  PREVIEW_SECRET: () => crypto.randomBytes(24).toString('hex'),
  REVALIDATE_SECRET: () => crypto.randomBytes(24).toString('hex'),
  STRAPI_PREVIEW_TOKEN: () => crypto.randomBytes(48).toString('hex'),
};

export function parseEnv(text) {
  const values = {};
  for (const line of text.split('\n')) {
    const match = line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/);
    if (match) values[match[1]] = match[2].replace(/^"(.*)"$/, '$1');
  }
  return values;
}

export function readEnvFile() {
  return fs.existsSync(ENV_FILE) ? parseEnv(fs.readFileSync(ENV_FILE, 'utf8')) : {};
}

/**
 * Makes sure .env (git-ignored) holds every secret, adding only the missing ones, and returns the
 * file's values. Never used in production, where the environment supplies the secrets.
 */
export function ensureEnvFile() {
  const existing = readEnvFile();
  const missing = Object.keys(SECRET_GENERATORS).filter((key) => !existing[key] && !process.env[key]);
  if (missing.length > 0) {
    const header = fs.existsSync(ENV_FILE) ? '' : '# Local secrets, generated on first run. Never commit this file.\n';
    const lines = missing.map((key) => `${key}=${SECRET_GENERATORS[key]()}`).join('\n');
    fs.appendFileSync(ENV_FILE, `${header}${lines}\n`, { mode: 0o600 });
  }
  return { values: readEnvFile(), created: missing };
}

/**
 * `strapi build` loads the whole configuration, secrets included, though nothing it builds uses
 * them. A build must not need production secrets (nor write a .env), so the missing ones get
 * placeholders for the build process alone; servers are started with the real ones.
 */
export function buildTimeEnv() {
  const existing = readEnvFile();
  return Object.fromEntries(
    Object.keys(SECRET_GENERATORS)
      .filter((key) => !process.env[key] && !existing[key])
      .map((key) => [key, key === 'APP_KEYS' ? 'build-only-a,build-only-b' : 'build-only-placeholder']),
  );
}
