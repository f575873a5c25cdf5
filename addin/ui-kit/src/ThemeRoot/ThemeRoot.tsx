import { use, useEffect, useState, type ReactNode } from 'react';
import { FluentProvider, makeStyles, mergeClasses } from '@fluentui/react-components';
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
  // A theme whose tokens are still on their way: the one shown before stays until they are here (only a first
  // render waits, and not even that when the page asked for them early with loadTheme).
  const [shown, setShown] = useState(theme);
  useEffect(() => {
    let current = true;
    void loadTheme(theme).then(() => current && setShown(theme));
    return () => {
      current = false;
    };
  }, [theme]);
  const name = loadedTheme(theme) ? theme : shown;
  const tokens = loadedTheme(name) ?? use(loadTheme(name));
  return (
    <FluentProvider theme={tokens} lang={lang} className={className} data-theme={name}>
      <div className={mergeClasses(styles.fill, name === 'light' ? styles.light : styles.dark)}>{children}</div>
    </FluentProvider>
  );
}
