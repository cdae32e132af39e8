import { Page } from '@strapi/strapi/admin';
import { Navigate, Route, Routes } from 'react-router-dom';
import { PluginLayout } from '../components/PluginLayout';
import { useAllowedPanels } from '../panels';
import { MonitoringPage } from './MonitoringPage';
import { PairPage } from './PairPage';
import { SettingsPage } from './SettingsPage';

const App = () => {
  const allowed = useAllowedPanels();
  if (allowed.length === 0) return <Page.NoPermissions />;

  return (
    <PluginLayout allowed={allowed}>
      <Routes>
        <Route index element={<Navigate to={allowed[0].path} replace />} />
        <Route path="monitoring" element={<MonitoringPage />} />
        <Route path="monitoring/connections/:id" element={<PairPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<Page.Error />} />
      </Routes>
    </PluginLayout>
  );
};

export default App;
