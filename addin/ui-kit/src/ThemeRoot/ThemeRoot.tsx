import type { ReactNode } from 'react';
import {
  FluentProvider,
  makeStyles,
  mergeClasses,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';

export type UiTheme = 'light' | 'dark' | 'contrast';

const themes = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };

const useStyles = makeStyles({
  // On an inner element: FluentProvider copies its own className onto every portal mount
  // node (dialogs, dropdown lists, tooltips), where a 100vh height would cover the page.
  fill: { minHeight: '100vh' },
  // Native parts of inputs (the date picker icon, number spinners, scrollbars) follow it:
  // without it they stay black on the dark and high contrast backgrounds.
  light: { colorScheme: 'light' },
  dark: { colorScheme: 'dark' },
});

/** Fluent UI's provider with the host's theme and the page's language direction. */
export function ThemeRoot({
  theme,
  lang,
  className,
  children,
}: {
  theme: UiTheme;
  lang: string;
  className?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <FluentProvider theme={themes[theme]} lang={lang} className={className} data-theme={theme}>
      <div className={mergeClasses(styles.fill, theme === 'light' ? styles.light : styles.dark)}>{children}</div>
    </FluentProvider>
  );
}
