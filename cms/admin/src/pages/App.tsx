import { Page, useAuth } from '@strapi/strapi/admin';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PluginLayout } from '../components/PluginLayout';
import { useAllowedPanels } from '../panels';
import { ApprovalsPage } from './ApprovalsPage';
import { MatchingPage } from './MatchingPage';
import { MonitoringPage } from './MonitoringPage';
import { PairPage } from './PairPage';
import { SettingsPage } from './SettingsPage';

/**
 * The plugin's pages mount only once the admin knows the signed-in user's permissions. Opened
 * directly (a link, a bookmark, a reload), the admin can render this route before
 * /admin/users/me/permissions has answered; `useRBAC` checks the permissions once, when the page
 * mounts, and does not check again when they arrive, so the page would say "You don't have the
 * permissions to access that content" for good, even to a super admin.
 */
const App = () => {
  const isLoadingAuth = useAuth('MentoringApp', (state) => state.isLoading);
  const allowed = useAllowedPanels();
  if (isLoadingAuth) return <Page.Loading />;
  if (allowed.length === 0) return <Page.NoPermissions />;

  return (
    <PluginLayout allowed={allowed}>
      <Routes>
        <Route index element={<Navigate to={allowed[0].path} replace />} />
        <Route path="approvals" element={<ApprovalsPage />} />
        <Route path="monitoring" element={<MonitoringPage />} />
        <Route path="monitoring/connections/:id" element={<PairPage />} />
        <Route path="matching" element={<MatchingPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<Page.Error />} />
      </Routes>
    </PluginLayout>
  );
};

export default App;
