import type { UiTheme } from '@interlog/ui-kit';
import type { TabConfiguration, TeamsContextInfo, TeamsHost } from './teams-host';

export interface SimulatedTeamsHost extends TeamsHost {
  setTheme(theme: UiTheme): void;
  savedConfiguration(): TabConfiguration | null;
}

/**
 * Teams in the browser: the preview and the tests choose the frame, meeting, theme and language, and what opening
 * the tab does (the preview loads its tab page).
 */
export function createSimulatedTeamsHost(
  initial: TeamsContextInfo,
  options: { openTab?: (subPageId: string) => void } = {},
): SimulatedTeamsHost {
  let info = initial;
  let configuration: TabConfiguration | null = null;
  const listeners = new Set<(theme: UiTheme) => void>();
  return {
    name: 'simulated',
    context: () => info,
    onThemeChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    nestedAppAuthRecommended: () => false,
    getAuthToken: () => Promise.reject(new Error('The simulated Teams signs in with local tokens.')),
    openTab: (subPageId) => options.openTab?.(subPageId),
    setTabConfiguration(config) {
      configuration = config;
    },
    savedConfiguration: () => configuration,
    setTheme(theme) {
      info = { ...info, theme };
      for (const listener of listeners) listener(theme);
    },
  };
}
