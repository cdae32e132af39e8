/**
 * Environment for every integration test file: throw-away secrets (a fresh clone has no .env),
 * quiet logs, no cron, no demo data unless a test asks. Set before Strapi reads its config.
 */
const defaults: Record<string, string> = {
  NODE_ENV: 'test',
  APP_KEYS: 'testKeyA,testKeyB',
  API_TOKEN_SALT: 'test-api-token-salt',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  JWT_SECRET: 'test-jwt-secret',
  ENCRYPTION_KEY: 'test-encryption-key-0123456789abcdef',
  MENTORING_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  PREVIEW_SECRET: 'test-preview-secret',
  LOG_LEVEL: 'error',
  STARTUP_BANNER: 'false',
  CRON_ENABLED: 'false',
  MENTORING_JOBS: 'false',
  STRAPI_TELEMETRY_DISABLED: 'true',
  BROWSER: 'none',
  // Strapi reads .env through dotenv unless told another file: keep the developer's .env out.
  ENV_PATH: '/dev/null',
};

for (const [key, value] of Object.entries(defaults)) {
  if (process.env[key] === undefined || key === 'NODE_ENV') process.env[key] = value;
}
// Nor may the developer's shell turn on mail, demo data or site hooks behind a test's back.
for (const key of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_USER', 'SMTP_PASS', 'DEMO_CONTENT', 'DEV_SETUP', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'REVALIDATE_SECRET', 'STRAPI_PREVIEW_TOKEN']) {
  delete process.env[key];
}
