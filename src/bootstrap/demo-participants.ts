import type { Core } from '@strapi/strapi';

/** The password of every demo participant account: local demo data, printed for the newcomer. */
export const DEMO_PASSWORD = 'Demo-Pass-2026';

/**
 * Demo mentors and mentees for a first local run: only into a database without participants, so a
 * second start adds nothing and real sign-ups are never mixed with generated ones.
 */
export async function loadDemoParticipants(strapi: Core.Strapi, total: number, now: Date) {
  const existing =
    (await strapi.db.query('plugin::mentoring.mentor-profile').count()) + (await strapi.db.query('plugin::mentoring.mentee-profile').count());
  if (existing > 0 || total <= 0) return null;
  const mentors = Math.ceil(total * 0.6);
  const result = await strapi
    .plugin('mentoring')
    .service('demoParticipants')
    .seed({ mentors, mentees: total - mentors, seed: 2026, now, password: DEMO_PASSWORD });
  strapi.log.info(
    [
      '',
      `┌─ Demo participants loaded: ${result.created.mentors} mentors, ${result.created.mentees} mentees`,
      `│ demo mentee login: ${result.logins.mentee} / ${DEMO_PASSWORD}`,
      `│ demo mentor login: ${result.logins.mentor} / ${DEMO_PASSWORD}`,
      '└────────────────────────────────────────────────────────',
    ].join('\n'),
  );
  return result;
}
