#!/usr/bin/env node
// `npm run seed -- --mentors N --mentees M --seed S`: adds deterministic demo participants to the
// configured database (SQLite .tmp/data.db by default). The same seed twice adds nothing new.
import { parseArgs } from 'node:util';
import { ensureEnvFile } from './lib/env-file.mjs';
import { closeStrapi, loadStrapi } from './lib/strapi-app.mjs';

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
const strapi = await loadStrapi();
try {
  const started = Date.now();
  const result = await strapi.plugin('mentoring').service('demoParticipants').seed({ ...options, now: new Date() });
  console.log(
    `[seed] added ${result.created.mentors} mentors and ${result.created.mentees} mentees in ${((Date.now() - started) / 1000).toFixed(1)} s` +
      ` (password ${options.password}; e.g. ${result.logins.mentee ?? '-'} / ${result.logins.mentor ?? '-'})`,
  );
} finally {
  await closeStrapi(strapi);
}
