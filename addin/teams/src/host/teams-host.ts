import type { UiTheme } from '@interlog/ui-kit';

export type TeamsFrame = 'content' | 'sidePanel' | 'meetingStage' | 'settings' | 'other';

/** What the pages need of Teams' context. */
export interface TeamsContextInfo {
  frame: TeamsFrame;
  theme: UiTheme;
  locale: string;
  userPrincipalName: string;
  /** The meeting chat, where the page runs in a meeting. */
  chatId: string;
  meetingId: string;
}

export interface TabConfiguration {
  entityId: string;
  contentUrl: string;
  suggestedDisplayName: string;
}

/**
 * The only way the Teams pages reach Teams. The real one wraps @microsoft/teams-js; the
 * preview and the tests plug in a simulated Teams.
 */
export interface TeamsHost {
  readonly name: 'teams' | 'simulated';
  context(): TeamsContextInfo;
  onThemeChanged(listener: (theme: UiTheme) => void): () => void;
  nestedAppAuthRecommended(): boolean;
  /** Teams SSO: a token for the Interlog API, exchanged on the server for Graph (on-behalf-of). */
  getAuthToken(): Promise<string>;
  /** On the configurable tab's settings page: what Save stores. */
  setTabConfiguration(config: TabConfiguration | null): void;
}

export const teamsTheme = (theme: string | undefined): UiTheme =>
  theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'light';
