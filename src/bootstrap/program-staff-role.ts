import type { Core } from '@strapi/strapi';

/** The admin role the program's staff get: run the mentoring program, edit the site's program content. */
export const PROGRAM_STAFF_ROLE = {
  code: 'mentoring-program-staff',
  name: 'Program staff',
  description: 'Runs the mentoring program and edits the FAQ, pages and program info. Kept in step with the app at every start.',
} as const;

/** The editorial types staff maintain in the content manager. */
export const EDITORIAL_TYPES = ['api::faq.faq', 'api::page.page', 'api::program-info.program-info'] as const;

export const CONTENT_MANAGER_ACTIONS = ['read', 'create', 'update', 'delete', 'publish'].map(
  (action) => `plugin::content-manager.explorer.${action}`,
);

interface RegisteredAction {
  actionId: string;
  pluginName?: string;
  subjects?: string[];
}

/**
 * Exactly the mentoring plugin's actions (as it registered them) plus the content manager's
 * read, create, update, delete and publish on the editorial types, every field included (the
 * same permission the admin's role editor writes when every box of a type is ticked).
 */
export function programStaffPermissions(strapi: Core.Strapi) {
  const provider = strapi.service('admin::permission').actionProvider;
  const actions = provider.values() as RegisteredAction[];
  const plugin = actions
    .filter((action) => action.pluginName === 'mentoring')
    .map((action) => ({ action: action.actionId, subject: null, properties: {}, conditions: [] }));
  const contentManager = CONTENT_MANAGER_ACTIONS.map((id) => provider.get(id) as RegisteredAction | undefined)
    .filter((action): action is RegisteredAction => !!action)
    .map((action) => ({ ...action, subjects: (action.subjects ?? []).filter((subject) => (EDITORIAL_TYPES as readonly string[]).includes(subject)) }));
  const content = strapi.service('admin::content-type').getPermissionsWithNestedFields(contentManager);
  return [...plugin, ...content];
}

/**
 * Creates the Program staff role on first start and, like Strapi does for the super admin, sets
 * its permissions to exactly programStaffPermissions at every start, so a new plugin action
 * reaches staff with the next deploy. A role staff named "Program staff" by hand is adopted.
 */
export async function ensureProgramStaffRole(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role');
  let role = (await roles.findOne({ code: PROGRAM_STAFF_ROLE.code })) ?? (await roles.findOne({ name: PROGRAM_STAFF_ROLE.name }));
  if (!role) role = await roles.create({ ...PROGRAM_STAFF_ROLE });
  await roles.assignPermissions(role.id, programStaffPermissions(strapi));
  return role as { id: number; code: string; name: string };
}
