import { useEffect, useState, type ReactNode } from 'react';
import { FluentProvider, makeStyles, mergeClasses, type Theme } from '@fluentui/react-components';
import { loadedTheme, loadTheme, type UiTheme } from './load-theme';

export type { UiTheme };
export { loadTheme };

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
  // A theme whose tokens are still on their way: the one shown before stays until they are here. A first render
  // draws nothing until then (not even that when the page asked for them early with loadTheme).
  const [shown, setShown] = useState<{ name: UiTheme; tokens?: Theme }>(() => ({
    name: theme,
    tokens: loadedTheme(theme),
  }));
  useEffect(() => {
    let current = true;
    void loadTheme(theme).then((tokens) => current && setShown({ name: theme, tokens }));
    return () => {
      current = false;
    };
  }, [theme]);
  const name = loadedTheme(theme) ? theme : shown.name;
  const tokens = loadedTheme(theme) ?? shown.tokens;
  if (!tokens) return null;
  return (
    <FluentProvider theme={tokens} lang={lang} className={className} data-theme={name}>
      <div className={mergeClasses(styles.fill, name === 'light' ? styles.light : styles.dark)}>{children}</div>
    </FluentProvider>
  );
}
