import { useEffect, useState, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { InterlogProvider, type InterlogServices } from '../../ui-kit/src/context/InterlogContext';
import { ThemeRoot } from '../../ui-kit/src/ThemeRoot/ThemeRoot';
import type { TeamsHost } from './host/teams-host';

export interface TeamsRootProps {
  host: TeamsHost;
  services: InterlogServices;
  i18n: I18n;
  children: ReactNode;
}

/** Theme (live from Teams), language and services around a Teams page. */
export function TeamsRoot({ host, services, i18n, children }: TeamsRootProps) {
  const [theme, setTheme] = useState(host.context().theme);
  const [language, setLanguage] = useState(i18n.language);
  useEffect(() => host.onThemeChanged(setTheme), [host]);
  useEffect(() => {
    const onChange = (lng: string) => setLanguage(lng);
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <I18nextProvider i18n={i18n}>
      <InterlogProvider services={services}>
        <ThemeRoot theme={theme} lang={language}>
          {children}
        </ThemeRoot>
      </InterlogProvider>
    </I18nextProvider>
  );
}
