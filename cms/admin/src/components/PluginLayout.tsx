import type { ReactNode } from 'react';
import { Divider } from '@strapi/design-system';
import { Layouts, SubNav } from '@strapi/strapi/admin';
import type { Panel } from '../panels';
import { useT } from '../utils/useT';

/** The plugin's pages with a side navigation listing the panels this role may open. */
export const PluginLayout = ({ allowed, children }: { allowed: Panel[]; children: ReactNode }) => {
  const t = useT();
  return (
    <Layouts.Root
      sideNav={
        <SubNav.Main aria-label={t('nav.title')}>
          <SubNav.Header label={t('nav.title')} />
          <Divider />
          <SubNav.Content>
            <SubNav.Sections>
              {[
                <SubNav.Section key="panels" label={t('nav.section')}>
                  {allowed.map((panel) => (
                    <SubNav.Link key={panel.path} to={panel.path} label={t(panel.label)}>
                      {t(panel.label)}
                    </SubNav.Link>
                  ))}
                </SubNav.Section>,
              ]}
            </SubNav.Sections>
          </SubNav.Content>
        </SubNav.Main>
      }
    >
      {children}
    </Layouts.Root>
  );
};
