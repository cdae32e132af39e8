import { useAuth } from '@strapi/strapi/admin';
import { PERMISSIONS } from './permissions';
import type { MessageKey } from './utils/useT';

export interface Panel {
  path: string;
  label: MessageKey;
  permissions: { action: string; subject: null }[];
}

/**
 * The plugin's staff panels, in menu order: the plugin's menu link shows for a role holding any of
 * their permissions, and its side navigation lists only the panels the role may open.
 */
export const PANELS: Panel[] = [
  { path: 'approvals', label: 'nav.approvals', permissions: PERMISSIONS.approve },
  { path: 'monitoring', label: 'nav.monitoring', permissions: PERMISSIONS.monitor },
  { path: 'matching', label: 'nav.matching', permissions: PERMISSIONS.runMatching },
  { path: 'settings', label: 'nav.settings', permissions: PERMISSIONS.readSettings },
];

/**
 * The panels the logged-in admin may open. Read from the user's own permissions: useRBAC names its
 * answers after the action's last word, and `monitoring.read` and `settings.read` both end in `read`.
 */
export function useAllowedPanels(): Panel[] {
  const granted = useAuth('MentoringPanels', (state) => state.permissions);
  return PANELS.filter((panel) => panel.permissions.some(({ action }) => granted.some((permission) => permission.action === action)));
}
