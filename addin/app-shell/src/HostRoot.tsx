import { useEffect, useState, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { InterlogProvider, type InterlogServices } from './InterlogContext';
import { ThemeRoot, type UiTheme } from '@interlog/ui-kit';

export interface HostRootProps {
  /** The host's theme now, and how to hear when it changes (Office, Teams, a simulation). */
  theme: UiTheme;
  onThemeChanged: (listener: (theme: UiTheme) => void) => () => void;
  services: InterlogServices;
  i18n: I18n;
  children: ReactNode;
}

/** Theme (live from the host), language and services around any Interlog page. */
export function HostRoot({ theme: initialTheme, onThemeChanged, services, i18n, children }: HostRootProps) {
  const [theme, setTheme] = useState(initialTheme);
  const [language, setLanguage] = useState(i18n.language);
  useEffect(() => onThemeChanged(setTheme), [onThemeChanged]);
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
