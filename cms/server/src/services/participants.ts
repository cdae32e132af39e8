import type { Core } from '@strapi/strapi';
import { isAllowedMenteeEmail } from '../../../shared/contracts/settings';
import { signupSchema } from '../../../shared/contracts/account';
import type { Role } from '../../../shared/contracts/profile';
import { PROFILE_UID, UID } from '../constants/uids';
import { participantRole } from '../policies/participant';
import { badInput, conflict, parseOrThrow } from '../utils/errors';
import { getService } from '../utils/get-service';

/** Accounts: sign-up (user and empty profile together, or neither) and the `/me` summary. */
const participants = ({ strapi }: { strapi: Core.Strapi }) => ({
  async signup(body: unknown, now: Date) {
    const input = parseOrThrow(signupSchema, body, 'Some sign-up fields are not valid');
    const settings = await getService(strapi, 'settings').get();
    if (input.role === 'mentee' && !isAllowedMenteeEmail(settings, input.email)) {
      throw badInput('This email address cannot sign up as a student', [
        { path: ['email'], message: `must be a student address at ${settings.menteeEmailDomains.join(' or ')}` },
      ]);
    }
    const advanced = (await strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' })) as { email_confirmation?: boolean } | null;
    const confirmationRequired = advanced?.email_confirmation !== false;
    const program = await getService(strapi, 'programs').current(now);
    const roleId = await getService(strapi, 'accountsSetup').roleId(input.role);

    const user = await strapi.db.transaction(async ({ trx }) => {
      await this.lockEmail(trx, input.email);
      const taken = await strapi.db.query(UID.user).findOne({ where: { $or: [{ email: input.email }, { username: input.email }] }, select: ['id'] });
      if (taken) throw conflict('An account with this email already exists', [{ path: ['email'], message: 'is already registered: log in or reset your password' }]);
      const created = await strapi.plugin('users-permissions').service('user').add({
        username: input.email,
        email: input.email,
        password: input.password,
        provider: 'local',
        confirmed: !confirmationRequired,
        blocked: false,
        role: roleId,
      });
      await strapi.documents(PROFILE_UID[input.role]).create({
        data: {
          user: created.id,
          program: program?.id ?? null,
          fullName: input.fullName,
          ...(input.role === 'mentor' ? { reviewStatus: settings.mentorReviewRequired ? 'pending_review' : 'approved' } : {}),
        } as any,
      });
      return created;
    });

    let jwt: string | undefined;
    if (confirmationRequired) {
      try {
        await strapi.plugin('users-permissions').service('user').sendConfirmationEmail(user);
      } catch (error) {
        // The account stands; the participant can ask for the email again from the login page.
        strapi.log.error(`Confirmation email to ${user.email} failed: ${(error as Error).message}`);
      }
    } else {
      jwt = strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
    }
    return { user: { id: user.id, email: user.email, role: input.role }, ...(jwt ? { jwt } : {}), confirmationRequired };
  },

  /**
   * Users-permissions enforces unique emails in code, not in the database: two sign-ups racing with
   * one address would both pass the check. On PostgreSQL a transaction lock per address serialises
   * them; SQLite runs one write transaction at a time already.
   */
  async lockEmail(trx: unknown, email: string) {
    if (strapi.db.dialect.client !== 'postgres') return;
    await (trx as { raw(sql: string, bindings: unknown[]): Promise<unknown> }).raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`signup:${email}`]);
  },

  async me(user: { id: number; email: string; username: string; confirmed: boolean; role?: { type?: string } }) {
    const role = participantRole(user) as Role;
    const profile = await getService(strapi, 'profiles').findOwn(role, user.id);
    const program = profile.program
      ? {
          documentId: profile.program.documentId,
          name: profile.program.name,
          startDate: profile.program.startDate,
          endDate: profile.program.endDate,
          timeZone: profile.program.timeZone ?? null,
        }
      : null;
    return {
      user: { id: user.id, email: user.email, username: user.username, confirmed: user.confirmed },
      role,
      profile: await getService(strapi, 'profiles').ownViewOf(role, profile),
      program,
    };
  },
});

export default participants;
