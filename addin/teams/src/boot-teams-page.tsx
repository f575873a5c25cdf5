import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { renderOutsideHost, createServices, prefetchClientConfig, renderStartupError } from '@interlog/app-shell';
import { prefetchReferenceData } from '@interlog/interactions';
import type { TeamsHost } from './host/teams-host';
import { createTeamsJsHost, maybeInTeams } from './host/teams-js-host';
import { TeamsRoot } from './TeamsRoot';

export type TeamsPage = ComponentType<{ host: TeamsHost }>;

export function teamsServices(host: TeamsHost) {
  return createServices({
    language: host.context().locale,
    supportsNestedAppAuth: () => host.nestedAppAuthRecommended(),
    fallbackSignIn: () => host.getAuthToken(),
    warmUp: prefetchReferenceData,
  });
}

/** Starts a Teams page: teams-js first (NAA needs it), then sign-in and the page. */
export async function bootTeamsPage(container: HTMLElement, Page: TeamsPage) {
  void prefetchClientConfig().catch(() => undefined);
  let host: TeamsHost;
  try {
    if (!maybeInTeams()) throw new Error('not in Teams');
    host = await createTeamsJsHost();
  } catch {
    await renderOutsideHost(container, 'teams.outsideTeams', '/teams/preview.html');
    return;
  }
  try {
    const { i18n, services } = await teamsServices(host);
    createRoot(container).render(
      <TeamsRoot host={host} services={services} i18n={i18n}>
        <Page host={host} />
      </TeamsRoot>,
    );
  } catch (error) {
    void renderStartupError(container, host.context().locale, error);
  }
}
