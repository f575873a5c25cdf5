import { createRoot } from 'react-dom/client';
import type { QueueStorage } from '@interlog/api-client';
import { createServices, renderStartupError } from '@interlog/app-shell';
import { prefetchReferenceData } from '@interlog/interactions';
import type { MailHost } from './host/mail-host';
import { PaneRoot } from './PaneRoot';

/** Everything the pane needs, wired for one host (Outlook or the simulated one). */
export function createPaneServices(host: MailHost, options: { storage?: QueueStorage } = {}) {
  return createServices({
    language: host.displayLanguage(),
    // The pane's strings: the main file, and the settings area (its Settings tab and view).
    areas: ['settings'],
    supportsNestedAppAuth: () => host.support().nestedAppAuth,
    fallbackSignIn: () => host.dialogSignIn(`${window.location.origin}/auth-dialog.html`),
    storage: options.storage,
    warmUp: prefetchReferenceData,
  });
}

export async function bootPane(container: HTMLElement, host: MailHost) {
  try {
    const { i18n, services } = await createPaneServices(host);
    createRoot(container).render(<PaneRoot host={host} services={services} i18n={i18n} />);
  } catch (error) {
    void renderStartupError(container, host.displayLanguage(), error);
  }
}
