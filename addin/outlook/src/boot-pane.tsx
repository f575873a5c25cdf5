import { createRoot } from 'react-dom/client';
import { createInterlogApi } from '../../api-client/src/interlog-api';
import { OfflineQueue, type QueueStorage } from '../../api-client/src/offline-queue';
import { createTokenProvider, loadClientConfig } from '../../auth/src/token-provider';
import { createI18n } from '../../i18n/src/i18n';
import { loadReferenceData } from '../../ui-kit/src/hooks/use-reference-data';
import type { MailHost } from './host/mail-host';
import { API_BASE } from './api-base';
import { PaneRoot } from './PaneRoot';
import { renderStartupError } from './StartupError';


export interface BootOptions {
  storage?: QueueStorage;
}

let clientConfigRequest: ReturnType<typeof loadClientConfig> | null = null;

/** Starts reading the sign-in settings while Office.js is still starting. */
export function prefetchClientConfig() {
  clientConfigRequest ??= loadClientConfig(API_BASE);
  clientConfigRequest.catch(() => {
    clientConfigRequest = null;
  });
  return clientConfigRequest;
}

/** Everything the pane needs, wired for one host (Outlook or the simulated one). */
export async function createPaneServices(host: MailHost, { storage }: BootOptions = {}) {
  const [i18n, clientConfig] = await Promise.all([createI18n(host.displayLanguage()), prefetchClientConfig()]);
  const tokens = createTokenProvider({
    apiBase: API_BASE,
    clientConfig,
    supportsNestedAppAuth: () => host.support().nestedAppAuth,
    fallbackSignIn: () => host.dialogSignIn(`${window.location.origin}/auth-dialog.html`),
  });
  if (clientConfig.auth.mode === 'local') void tokens.getToken().catch(() => undefined);
  const api = createInterlogApi({ baseUrl: API_BASE, getToken: () => tokens.getToken() });
  void loadReferenceData(api).catch(() => undefined);
  const queue = new OfflineQueue(storage ?? window.localStorage);
  return { i18n, services: { api, queue } };
}

export async function bootPane(container: HTMLElement, host: MailHost, options?: BootOptions) {
  try {
    const { i18n, services } = await createPaneServices(host, options);
    createRoot(container).render(<PaneRoot host={host} services={services} i18n={i18n} />);
  } catch (error) {
    renderStartupError(container, host.displayLanguage(), error);
  }
}
