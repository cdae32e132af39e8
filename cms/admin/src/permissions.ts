/** The admin's view of the plugin's RBAC actions (the server enforces them on every route). */
const action = (uid: string) => [{ action: `plugin::mentoring.${uid}`, subject: null }];

export const PERMISSIONS = {
  readSettings: action('settings.read'),
  updateSettings: action('settings.update'),
  monitor: action('monitoring.read'),
  approve: action('approvals.manage'),
  runMatching: action('matching.run'),
};
