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
  /** Where a deep link into the tab points (e.g. `segment:SM00001`), or ''. */
  subPageId: string;
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
  /** Opens the app's Segments tab at `subPageId` (a Teams deep link), e.g. from the meeting side panel. */
  openTab(subPageId: string): void;
  /** On the configurable tab's settings page: what Save stores. */
  setTabConfiguration(config: TabConfiguration | null): void;
}

export const teamsTheme = (theme: string | undefined): UiTheme =>
  theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'light';
