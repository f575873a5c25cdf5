import type { TabConfiguration, TeamsContextInfo, TeamsFrame, TeamsHost } from './teams-host';
import { teamsTheme } from './teams-host';

const INIT_TIMEOUT_MS = 10_000;

/** Outside Teams there is no parent frame to talk to: teams-js would reject or wait a minute. */
export function maybeInTeams(): boolean {
  return window.parent !== window || !!window.opener;
}

const frames: TeamsFrame[] = ['content', 'sidePanel', 'meetingStage', 'settings'];

/** The Teams pages' host inside Teams; teams-js is loaded only here, never outside Teams. */
export async function createTeamsJsHost(): Promise<TeamsHost> {
  const teams = await import('@microsoft/teams-js');
  await Promise.race([
    teams.app.initialize(),
    new Promise((_, reject) => setTimeout(() => reject(new Error('Teams did not answer.')), INIT_TIMEOUT_MS)),
  ]);
  const context = await teams.app.getContext();
  let info: TeamsContextInfo = {
    frame: frames.includes(context.page.frameContext as TeamsFrame)
      ? (context.page.frameContext as TeamsFrame)
      : 'other',
    theme: teamsTheme(context.app.theme),
    locale: context.app.locale,
    userPrincipalName: context.user?.userPrincipalName ?? '',
    chatId: context.chat?.id ?? '',
    meetingId: context.meeting?.id ?? '',
    subPageId: context.page.subPageId ?? '',
  };
  const themeListeners = new Set<(theme: TeamsContextInfo['theme']) => void>();
  teams.app.registerOnThemeChangeHandler((theme) => {
    info = { ...info, theme: teamsTheme(theme) };
    for (const listener of themeListeners) listener(info.theme);
  });
  let configuration: TabConfiguration | null = null;
  if (info.frame === 'settings') {
    teams.pages.config.registerOnSaveHandler(async (event) => {
      if (!configuration) return event.notifySuccess();
      await teams.pages.config.setConfig({ ...configuration, websiteUrl: configuration.contentUrl });
      event.notifySuccess();
    });
  }
  return {
    name: 'teams',
    context: () => info,
    onThemeChanged(listener) {
      themeListeners.add(listener);
      return () => themeListeners.delete(listener);
    },
    nestedAppAuthRecommended: () => teams.nestedAppAuth.isNAAChannelRecommended(),
    getAuthToken: () => teams.authentication.getAuthToken(),
    openTab(subPageId) {
      const tabContext = encodeURIComponent(JSON.stringify({ subEntityId: subPageId }));
      const appId = context.app.appId?.toString() ?? '';
      void teams.app.openLink(`https://teams.microsoft.com/l/entity/${appId}/segments?context=${tabContext}`);
    },
    setTabConfiguration(config) {
      configuration = config;
      teams.pages.config.setValidityState(config !== null);
    },
  };
}
