import { webLightTheme, type Theme } from '@fluentui/react-components';

export type UiTheme = 'light' | 'dark' | 'contrast';

const loaded: Partial<Record<UiTheme, Theme>> = { light: webLightTheme };
const loading = new Map<UiTheme, Promise<Theme>>();

/** A theme's tokens if they are here already (light always is). */
export function loadedTheme(name: UiTheme): Theme | undefined {
  return loaded[name];
}

/**
 * The light theme comes with the page; the dark and high contrast ones are fetched when a host reports one. A page
 * that knows its theme before its first render calls this early, so that the render does not wait for them.
 */
export function loadTheme(name: UiTheme): Promise<Theme> {
  const theme = loaded[name];
  if (theme) return Promise.resolve(theme);
  let request = loading.get(name);
  if (!request) {
    request = import('./host-themes').then(
      ({ hostThemes }) => {
        Object.assign(loaded, hostThemes);
        return hostThemes[name as keyof typeof hostThemes];
      },
      // Their chunk could not be fetched (network down): the page stays usable in the light theme.
      () => webLightTheme,
    );
    loading.set(name, request);
  }
  return request;
}
