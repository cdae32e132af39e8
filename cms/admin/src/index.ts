import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from './pluginId';
import { PluginIcon } from './components/PluginIcon';
import { PANELS } from './panels';

const plugin: StrapiApp['appPlugins'][string] = {
  register(app) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Mentoring' },
      Component: () => import('./pages/App'),
      permissions: PANELS.flatMap((panel) => panel.permissions),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Mentoring' });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as { default: Record<string, string> };
          return {
            locale,
            data: Object.fromEntries(Object.entries(data).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value])),
          };
        } catch {
          return { locale, data: {} };
        }
      }),
    );
  },
};

export default plugin;
