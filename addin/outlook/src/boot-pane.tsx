import { createRoot } from 'react-dom/client';
import { createInterlogApi } from '../../api-client/src/interlog-api';
import { OfflineQueue, type QueueStorage } from '../../api-client/src/offline-queue';
import { createTokenProvider, loadClientConfig } from '../../auth/src/token-provider';
import { createI18n } from '../../i18n/src/i18n';
import type { MailHost } from './host/mail-host';
import { PaneRoot } from './PaneRoot';
import { renderStartupError } from './StartupError';

export const API_BASE = '/api/v1';

export interface BootOptions {
  storage?: QueueStorage;
}

/** Everything the pane needs, wired for one host (Outlook or the simulated one). */
export async function createPaneServices(host: MailHost, { storage }: BootOptions = {}) {
  const [i18n, clientConfig] = await Promise.all([createI18n(host.displayLanguage()), loadClientConfig(API_BASE)]);
  const tokens = createTokenProvider({
    apiBase: API_BASE,
    clientConfig,
    supportsNestedAppAuth: () => host.support().nestedAppAuth,
    fallbackSignIn: () => host.dialogSignIn(`${window.location.origin}/auth-dialog.html`),
  });
  const api = createInterlogApi({ baseUrl: API_BASE, getToken: () => tokens.getToken() });
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
