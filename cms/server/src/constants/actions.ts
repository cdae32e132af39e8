/** The plugin's RBAC actions, registered once with the admin permission provider. */
export const PLUGIN_ID = 'mentoring';

export const ACTIONS = {
  readSettings: 'plugin::mentoring.settings.read',
  updateSettings: 'plugin::mentoring.settings.update',
  approveMatches: 'plugin::mentoring.approvals.manage',
  monitor: 'plugin::mentoring.monitoring.read',
  runMatching: 'plugin::mentoring.matching.run',
} as const;

export const ACTION_DEFINITIONS = [
  { uid: 'settings.read', displayName: 'Read program settings', subCategory: 'settings' },
  { uid: 'settings.update', displayName: 'Update program settings', subCategory: 'settings' },
  { uid: 'approvals.manage', displayName: 'Approve and reject matches', subCategory: 'matches' },
  { uid: 'monitoring.read', displayName: 'Monitor connections', subCategory: 'matches' },
  { uid: 'matching.run', displayName: 'Run bulk matching', subCategory: 'matches' },
].map((action) => ({ ...action, section: 'plugins', pluginName: PLUGIN_ID }));
