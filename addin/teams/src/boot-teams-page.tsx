import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, Link, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '../../i18n/src/i18n';
import { createServices, prefetchClientConfig } from '../../ui-kit/src/boot/create-services';
import { renderStartupError } from '../../ui-kit/src/boot/StartupError';
import type { TeamsHost } from './host/teams-host';
import { createTeamsJsHost, maybeInTeams } from './host/teams-js-host';
import { TeamsRoot } from './TeamsRoot';

export type TeamsPage = ComponentType<{ host: TeamsHost }>;

function OutsideTeams() {
  const { t } = useTranslation();
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        {t('teams.outsideTeams')} <Link href="/teams/preview.html">{t('teams.openPreview')}</Link>
      </MessageBarBody>
    </MessageBar>
  );
}

async function renderOutsideTeams(container: HTMLElement) {
  const i18n = await createI18n(navigator.language);
  createRoot(container).render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>
        <OutsideTeams />
      </FluentProvider>
    </I18nextProvider>,
  );
}

export function teamsServices(host: TeamsHost) {
  return createServices({
    language: host.context().locale,
    supportsNestedAppAuth: () => host.nestedAppAuthRecommended(),
    fallbackSignIn: () => host.getAuthToken(),
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
    await renderOutsideTeams(container);
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
