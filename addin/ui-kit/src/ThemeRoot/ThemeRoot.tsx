import type { ReactNode } from 'react';
import { FluentProvider, makeStyles, mergeClasses, teamsHighContrastTheme, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';

export type UiTheme = 'light' | 'dark' | 'contrast';

const themes = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
});

/** Fluent UI's provider with the host's theme and the page's language direction. */
export function ThemeRoot({ theme, lang, className, children }: { theme: UiTheme; lang: string; className?: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={themes[theme]} lang={lang} className={mergeClasses(styles.root, className)} data-theme={theme}>
      {children}
    </FluentProvider>
  );
}
