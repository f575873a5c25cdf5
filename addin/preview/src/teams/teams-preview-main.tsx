import { createRoot } from 'react-dom/client';
import { createServices, prefetchClientConfig, renderStartupError } from '@interlog/app-shell';
import { prefetchReferenceData } from '@interlog/interactions';
import type { UiTheme } from '@interlog/ui-kit';
import { createSimulatedTeamsHost } from '@interlog/teams';
import { PREVIEW_MEETING, PREVIEW_USER } from '../sample-items';
import { TeamsPreviewApp, type TeamsPreviewPage } from './TeamsPreviewApp';

void prefetchClientConfig().catch(() => undefined);

const params = new URLSearchParams(window.location.search);
const page = (
  ['tab', 'meeting', 'config'].includes(params.get('page') ?? '') ? params.get('page') : 'tab'
) as TeamsPreviewPage;
const theme = (
  ['light', 'dark', 'contrast'].includes(params.get('theme') ?? '') ? params.get('theme') : 'light'
) as UiTheme;
const locale = params.get('lang') ?? navigator.language;
const container = document.getElementById('root')!;

const host = createSimulatedTeamsHost(
  {
    frame: page === 'meeting' ? 'sidePanel' : page === 'config' ? 'settings' : 'content',
    theme,
    locale,
    userPrincipalName: PREVIEW_USER.email,
    chatId: PREVIEW_MEETING.chatId,
    meetingId: PREVIEW_MEETING.meetingId,
    subPageId: params.get('sub') ?? '',
  },
  {
    // Teams opens the app's tab at the deep link's place; the preview loads its tab page there.
    openTab: (subPageId) => {
      const next = new URLSearchParams(params);
      next.set('page', 'tab');
      next.set('sub', subPageId);
      window.location.assign(`?${next.toString()}`);
    },
  },
);

createServices({
  language: locale,
  supportsNestedAppAuth: () => false,
  fallbackSignIn: () => host.getAuthToken(),
  warmUp: prefetchReferenceData,
}).then(
  ({ i18n, services }) =>
    createRoot(container).render(<TeamsPreviewApp host={host} services={services} i18n={i18n} initialPage={page} />),
  (error: unknown) => void renderStartupError(container, locale, error),
);
