import type { ReactNode } from 'react';
import { FluentProvider, makeStyles, teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';

export type UiTheme = 'light' | 'dark' | 'contrast';

const themes = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };

const useStyles = makeStyles({
  // On an inner element: FluentProvider copies its own className onto every portal mount
  // node (dialogs, dropdown lists, tooltips), where a 100vh height would cover the page.
  fill: { minHeight: '100vh' },
});

/** Fluent UI's provider with the host's theme and the page's language direction. */
export function ThemeRoot({ theme, lang, className, children }: { theme: UiTheme; lang: string; className?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={themes[theme]} lang={lang} className={className} data-theme={theme}>
      <div className={styles.fill}>{children}</div>
    </FluentProvider>
  );
}
