/** The browse benchmark's participants: what they are, and making sure a database holds exactly them. */
import path from 'node:path';
import { loadSecrets } from '../lib/stack.mjs';
import { loadStrapi } from '../lib/strapi-app.mjs';
import { OUT_DIR } from './report.mjs';

export const BROWSE_DATABASE = path.join(OUT_DIR, 'browse.db');

export const BROWSE_DATA = {
  mentors: 20_000,
  mentees: 2_000,
  seed: 2026,
  // Fixed, so that the same seed gives the same careers, cohorts and graduation years on any day.
  now: new Date('2026-10-01T09:00:00Z'),
  password: 'Bench-Pass-2026',
};

const PROFILES = { mentors: 'plugin::mentoring.mentor-profile', mentees: 'plugin::mentoring.mentee-profile' };
const USER = 'plugin::users-permissions.user';

/** Strapi loaded in this process on the browse database, production mode, no jobs. */
export function loadBrowseStrapi() {
  return loadStrapi({
    ...loadSecrets(),
    NODE_ENV: 'production',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: BROWSE_DATABASE,
    LOG_LEVEL: 'warn',
    STARTUP_BANNER: 'false',
    CRON_ENABLED: 'false',
    MENTORING_JOBS: 'false',
  });
}

async function countProfiles(strapi) {
  return {
    mentors: await strapi.db.query(PROFILES.mentors).count(),
    mentees: await strapi.db.query(PROFILES.mentees).count(),
  };
}

const describe = ({ mentors, mentees }) => `${mentors} mentors and ${mentees} mentees`;

/**
 * Seeds the demo participants unless the database already holds exactly them. A database holding
 * fewer (an interrupted seed) is completed: seeding skips the accounts that exist. One holding
 * more was seeded otherwise and is refused rather than measured.
 * Returns the seconds seeding took, or null when the data was reused.
 */
export async function ensureBrowseData(strapi, log) {
  const found = await countProfiles(strapi);
  if (found.mentors === BROWSE_DATA.mentors && found.mentees === BROWSE_DATA.mentees) return null;
  if (found.mentors > BROWSE_DATA.mentors || found.mentees > BROWSE_DATA.mentees) {
    throw new Error(`The browse database holds ${describe(found)}, more than the ${describe(BROWSE_DATA)} it should: run with --fresh`);
  }
  log(`seeding ${describe(BROWSE_DATA)} (found ${describe(found)}); this takes a few minutes`);
  const started = Date.now();
  await strapi.plugin('mentoring').service('demoParticipants').seed(BROWSE_DATA);
  const seconds = (Date.now() - started) / 1000;
  const seeded = await countProfiles(strapi);
  if (seeded.mentors !== BROWSE_DATA.mentors || seeded.mentees !== BROWSE_DATA.mentees) {
    throw new Error(`After seeding, the browse database holds ${describe(seeded)}, not ${describe(BROWSE_DATA)}: run with --fresh`);
  }
  log(`seeded in ${seconds.toFixed(1)} s`);
  return seconds;
}

/** The first `count` confirmed, unblocked demo accounts of `role` ('mentor' or 'mentee'), by id. */
export async function demoAccounts(strapi, role, count) {
  const users = await strapi.db.query(USER).findMany({
    where: { role: { type: role }, confirmed: true, blocked: false },
    select: ['id', 'email'],
    orderBy: { id: 'asc' },
    limit: count,
  });
  if (users.length < count) throw new Error(`The browse database has ${users.length} confirmed ${role} accounts, not the ${count} asked for`);
  return users.map((user) => ({ id: user.id, role, identifier: user.email, password: BROWSE_DATA.password }));
}

/** The first confirmed, unblocked demo account of `role`: who browses. */
export async function demoAccount(strapi, role) {
  const [account] = await demoAccounts(strapi, role, 1);
  return account;
}
