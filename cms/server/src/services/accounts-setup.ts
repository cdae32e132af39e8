import type { Core } from '@strapi/strapi';
import { ROLE_TYPE, UID } from '../constants/uids';
import { parseSender } from '../mail/sender';

/** What a pair does inside its connection: goals, contacts, messages, feedback. */
const PAIR_ACTIONS = [
  'plugin::mentoring.goals.list',
  'plugin::mentoring.goals.create',
  'plugin::mentoring.goals.update',
  'plugin::mentoring.interactions.list',
  'plugin::mentoring.interactions.create',
  'plugin::mentoring.interactions.update',
  'plugin::mentoring.interactions.remove',
  'plugin::mentoring.interactions.calendar',
  'plugin::mentoring.messages.list',
  'plugin::mentoring.messages.create',
  'plugin::mentoring.feedback.list',
  'plugin::mentoring.feedback.create',
];

/** Exactly what each participant role may call; everything else is refused by users-permissions. */
const SHARED_ACTIONS = [
  ...PAIR_ACTIONS,
  'plugin::mentoring.participants.me',
  'plugin::mentoring.participants.updateProfile',
  'plugin::mentoring.participants.linkedinImport',
  'plugin::mentoring.participants.uploadPhoto',
  'plugin::mentoring.participants.removePhoto',
  'plugin::mentoring.directory.mentors',
  'plugin::mentoring.directory.mentor',
  'plugin::mentoring.directory.mentees',
  'plugin::mentoring.directory.mentee',
  'plugin::mentoring.requests.find',
  'plugin::mentoring.connections.find',
  'plugin::mentoring.connections.findOne',
  'plugin::mentoring.connections.end',
  'plugin::mentoring.connections.confirm',
  'plugin::mentoring.connections.decline',
  'plugin::mentoring.privacy.export',
  'plugin::mentoring.privacy.remove',
  'plugin::users-permissions.user.me',
  'plugin::users-permissions.auth.changePassword',
];

export const ROLE_ACTIONS: Record<keyof typeof ROLE_TYPE, string[]> = {
  mentor: [...SHARED_ACTIONS, 'plugin::mentoring.participants.leave', 'plugin::mentoring.requests.accept', 'plugin::mentoring.requests.decline'],
  mentee: [...SHARED_ACTIONS, 'plugin::mentoring.directory.suggestions', 'plugin::mentoring.requests.create', 'plugin::mentoring.requests.withdraw'],
};

/**
 * The public role is let through to the participant routes so that the participant policy, not
 * users-permissions, answers a caller without a token: 401 "log in", as the API promises, rather
 * than a bare 403. The policy refuses every such call.
 */
const PUBLIC_ACTIONS = [...new Set([...ROLE_ACTIONS.mentor, ...ROLE_ACTIONS.mentee])].filter((action) => action.startsWith('plugin::mentoring.'));

const ROLE_DEFINITIONS = {
  mentor: { name: 'Mentor', description: 'Alumni who mentor students' },
  mentee: { name: 'Mentee', description: 'Students looking for a mentor' },
} as const;

/**
 * The link goes to the site's /confirm, which confirms through users-permissions server-side: the
 * participant stays on the site whatever happens (a used or mistyped code gets a page, not JSON),
 * and Strapi need not be reachable from browsers. `<%= URL %>` would be Strapi's own endpoint.
 */
const confirmationMessage = (siteUrl: string) => `<p>Hello <%= USER.username %>,</p>
<p>Welcome to the mentoring program. Please confirm your email address to finish signing up:</p>
<p><a href="${siteUrl}/confirm?confirmation=<%= CODE %>">${siteUrl}/confirm?confirmation=<%= CODE %></a></p>
<p>If you did not sign up, ignore this message.</p>`;

const RESET_MESSAGE = `<p>We received a request to reset the password of your mentoring program account.</p>
<p>Choose a new password here: <a href="<%= URL %>?code=<%= TOKEN %>"><%= URL %>?code=<%= TOKEN %></a></p>
<p>If you did not ask for this, ignore this message: your password stays as it is.</p>`;

/**
 * Sets users-permissions up for the program, idempotently at every start: the Mentor and Mentee
 * roles with exactly their permissions; sign-up only through POST /api/mentoring/signup, with email
 * confirmation; links in account emails pointing at the site. Texts and the confirmation switch are
 * written once, so staff edits in the admin survive restarts; the site's URLs follow SITE_URL.
 */
const accountsSetup = ({ strapi }: { strapi: Core.Strapi }) => ({
  async ensure(siteUrl: string) {
    for (const role of Object.keys(ROLE_DEFINITIONS) as (keyof typeof ROLE_DEFINITIONS)[]) {
      await this.ensureRole(role);
    }
    await this.ensurePublicActions();

    const usersPermissions = strapi.store({ type: 'plugin', name: 'users-permissions' });
    const ours = strapi.store({ type: 'plugin', name: 'mentoring' });
    const firstTime = !(await ours.get({ key: 'accountsConfigured' }));

    const advanced = ((await usersPermissions.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
    await usersPermissions.set({
      key: 'advanced',
      value: {
        ...advanced,
        unique_email: true,
        allow_register: false,
        ...(firstTime ? { email_confirmation: true } : {}),
        email_confirmation_redirection: `${siteUrl}/confirm`,
        email_reset_password: `${siteUrl}/reset-password`,
      },
    });

    const emails = ((await usersPermissions.get({ key: 'email' })) ?? {}) as Record<string, any>;
    const confirmation = confirmationMessage(siteUrl);
    if (firstTime) {
      const sender = parseSender(String(strapi.config.get('plugin::email.settings.defaultFrom') ?? ''));
      const template = (object: string, message: string) => ({ from: sender, response_email: sender.email, object, message });
      await usersPermissions.set({
        key: 'email',
        value: {
          ...emails,
          email_confirmation: { ...emails.email_confirmation, options: template('Confirm your email for the mentoring program', confirmation) },
          reset_password: { ...emails.reset_password, options: template('Reset your mentoring program password', RESET_MESSAGE) },
        },
      });
      await ours.set({ key: 'confirmationMessage', value: confirmation });
      await ours.set({ key: 'accountsConfigured', value: true });
      return;
    }
    // The link follows SITE_URL while the text is still ours; a text staff edited is theirs to keep.
    const current = emails.email_confirmation?.options?.message;
    if (current !== confirmation && current === (await ours.get({ key: 'confirmationMessage' }))) {
      emails.email_confirmation.options.message = confirmation;
      await usersPermissions.set({ key: 'email', value: emails });
      await ours.set({ key: 'confirmationMessage', value: confirmation });
    }
  },

  async ensureRole(role: keyof typeof ROLE_DEFINITIONS) {
    const roles = strapi.db.query(UID.role);
    const existing = await roles.findOne({ where: { type: ROLE_TYPE[role] } });
    const found = existing ?? (await roles.create({ data: { ...ROLE_DEFINITIONS[role], type: ROLE_TYPE[role] } }));
    const permissions = strapi.db.query(UID.permission);
    const granted = await permissions.findMany({ where: { role: found.id } });
    const wanted = new Set(ROLE_ACTIONS[role]);
    const have = new Set(granted.map((permission: { action: string }) => permission.action));
    for (const action of wanted) {
      if (!have.has(action)) await permissions.create({ data: { action, role: found.id } });
    }
    const extra = granted.filter((permission: { action: string }) => !wanted.has(permission.action));
    if (extra.length > 0) await permissions.deleteMany({ where: { id: { $in: extra.map((permission: { id: number }) => permission.id) } } });
    return found;
  },

  async ensurePublicActions() {
    const publicRole = await strapi.db.query(UID.role).findOne({ where: { type: 'public' }, select: ['id'] });
    if (!publicRole) throw new Error('users-permissions has no public role');
    const permissions = strapi.db.query(UID.permission);
    const have = new Set(
      (await permissions.findMany({ where: { role: publicRole.id, action: { $in: PUBLIC_ACTIONS } } })).map((permission: { action: string }) => permission.action),
    );
    for (const action of PUBLIC_ACTIONS) {
      if (!have.has(action)) await permissions.create({ data: { action, role: publicRole.id } });
    }
  },

  async roleId(role: keyof typeof ROLE_DEFINITIONS): Promise<number> {
    const found = await strapi.db.query(UID.role).findOne({ where: { type: ROLE_TYPE[role] }, select: ['id'] });
    if (!found) throw new Error(`users-permissions has no ${role} role: the plugin's bootstrap did not run`);
    return found.id;
  },
});

export default accountsSetup;
