import { Page } from '@strapi/strapi/admin';
import { Navigate, Route, Routes } from 'react-router-dom';
import { SettingsPage } from './SettingsPage';

const App = () => (
  <Routes>
    <Route index element={<Navigate to="settings" replace />} />
    <Route path="settings" element={<SettingsPage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;
