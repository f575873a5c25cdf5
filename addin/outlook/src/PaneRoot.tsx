import { useEffect, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { InterlogProvider, type InterlogServices } from '../../ui-kit/src/context/InterlogContext';
import { ThemeRoot } from '../../ui-kit/src/ThemeRoot/ThemeRoot';
import type { MailHost } from './host/mail-host';
import { OutlookPane } from './OutlookPane';

export interface PaneRootProps {
  host: MailHost;
  services: InterlogServices;
  i18n: I18n;
}

/** Theme, language and services around the pane; follows the host's theme as it changes. */
export function PaneRoot({ host, services, i18n }: PaneRootProps) {
  const [theme, setTheme] = useState(host.theme());
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
          <OutlookPane host={host} />
        </ThemeRoot>
      </InterlogProvider>
    </I18nextProvider>
  );
}
