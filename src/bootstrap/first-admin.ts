import crypto from 'crypto';
import type { Core } from '@strapi/strapi';

export interface FirstAdminOptions {
  email?: string;
  password?: string;
  /** Make up a password when none is configured (local development only). */
  generate: boolean;
}

/** A password that meets Strapi's admin rule: 8+ characters with upper case, lower case and a digit. */
function generatePassword(): string {
  return `Mentor-${crypto.randomBytes(9).toString('base64url')}-7a`;
}

/**
 * Creates the first super admin when the admin has no users yet, so a newcomer can log in at once.
 * Returns the credentials it created (the password is shown once, in the log), or null.
 */
export async function ensureFirstAdmin(strapi: Core.Strapi, options: FirstAdminOptions) {
  const admins = strapi.service('admin::user');
  if ((await admins.count()) > 0) return null;
  if (!options.email && !options.generate) return null;
  const email = (options.email ?? 'admin@example.edu').toLowerCase();
  const password = options.password ?? generatePassword();
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) throw new Error('The admin has no super admin role yet');
  await admins.create({
    email,
    firstname: 'Program',
    lastname: 'Admin',
    password,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  const shown = options.password ? '(the ADMIN_PASSWORD you set)' : password;
  strapi.log.info(
    [
      '',
      '┌─ First admin user created ─────────────────────────────',
      `│ email:    ${email}`,
      `│ password: ${shown}`,
      '│ This password is printed only now: keep it, or change it in the admin.',
      '└────────────────────────────────────────────────────────',
    ].join('\n'),
  );
  return { email, password };
}
