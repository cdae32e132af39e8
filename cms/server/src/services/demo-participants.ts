import type { Core } from '@strapi/strapi';
import { addMonths, formatISO } from 'date-fns';
import type { Role } from '../../../shared/contracts/profile';
import { PROFILE_UID, UID } from '../constants/uids';
import { normalizeProfileTerms } from '../profiles/normalize';
import { toStored } from '../profiles/view';
import { getService } from '../utils/get-service';

export interface SeedOptions {
  mentors: number;
  mentees: number;
  seed: number;
  now: Date;
  /** Every demo account's password. */
  password: string;
}

const BATCH = 200;

/**
 * Demo participants for local development and benchmarks: confirmed accounts with full profiles,
 * in the current cohort (a demo one is made if there is none). Accounts whose email exists are
 * skipped, so seeding again with the same seed adds nothing.
 */
const demoParticipants = ({ strapi }: { strapi: Core.Strapi }) => ({
  async seed(options: SeedOptions) {
    // Loaded only here: faker is a development dependency, never needed to serve the program.
    const { generateParticipants } = await import('../demo/participants');
    const people = generateParticipants(options);
    const program = (await getService(strapi, 'programs').current(options.now)) ?? (await this.createDemoProgram(options.now));
    const { password } = await strapi.plugin('users-permissions').service('user').ensureHashedPasswords({ password: options.password });
    const created = { mentors: 0, mentees: 0 };

    const add = async (role: Role, list: { email: string; fullName: string; profile: Record<string, unknown> }[]) => {
      const roleId = await getService(strapi, 'accountsSetup').roleId(role);
      for (let start = 0; start < list.length; start += BATCH) {
        const batch = list.slice(start, start + BATCH);
        await strapi.db.transaction(async () => {
          const existing = new Set(
            (await strapi.db.query(UID.user).findMany({ where: { email: { $in: batch.map((person) => person.email) } }, select: ['email'] })).map(
              (user: { email: string }) => user.email,
            ),
          );
          for (const person of batch.filter((candidate) => !existing.has(candidate.email))) {
            // The hash is computed once: bcrypt per account would take minutes for a large seed.
            const user = await strapi.db.query(UID.user).create({
              data: { username: person.email, email: person.email, password, provider: 'local', confirmed: true, blocked: false, role: roleId },
            });
            await strapi.documents(PROFILE_UID[role]).create({
              data: { ...toStored(role, normalizeProfileTerms(role, { fullName: person.fullName, ...person.profile })), user: user.id, program: program.id } as any,
            });
            created[role === 'mentor' ? 'mentors' : 'mentees'] += 1;
          }
        });
      }
    };
    await add('mentor', people.mentors);
    await add('mentee', people.mentees);
    return { created, logins: { mentor: people.mentors[0]?.email ?? null, mentee: people.mentees[0]?.email ?? null } };
  },

  /** The fall cohort running at `now`: it starts on 1 September and lasts the program length. */
  async createDemoProgram(now: Date) {
    const fallYear = now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
    const start = new Date(Date.UTC(fallYear, 8, 1));
    const { programLengthMonths } = await getService(strapi, 'settings').get();
    return strapi.db.query(UID.program).create({
      data: {
        name: `Fall ${fallYear} cohort`,
        timeZone: 'America/New_York',
        startDate: formatISO(start, { representation: 'date' }),
        endDate: formatISO(addMonths(start, Math.max(programLengthMonths, 12)), { representation: 'date' }),
      },
    });
  },
});

export default demoParticipants;
