import { createRoot } from 'react-dom/client';
import type { QueueStorage } from '@interlog/api-client';
import { createServices, nextTask, prefetchStrings, renderStartupError } from '@interlog/app-shell';
import { warmFormats, type Area } from '@interlog/i18n';
import { prefetchReferenceData, preloadRecordFormParts, primeContactMatches } from '@interlog/interactions';
import { loadTheme } from '@interlog/ui-kit';
import type { MailHost } from './host/mail-host';
import { firstItemOf, readFirstItem } from './first-read';
import { ownAddresses, peopleOf, sourceOf } from './mail-item-source';
import { needsMeetingKey } from './meeting-key';
import { PaneRoot } from './PaneRoot';
import { loadPaneTabList } from './PaneTabs';

// The pane's strings: the main file, and the settings area (its Settings tab and view).
const PANE_AREAS: readonly Area[] = ['settings'];

/** The pane's strings in the language it expects, fetched while Office.js starts (createPaneServices takes them). */
export function preparePaneStrings(language: string) {
  prefetchStrings(language, PANE_AREAS);
}

/**
 * Everything the pane needs, wired for one host (Outlook or the simulated one). The open item is read meanwhile,
 * so that the first render shows it and its contacts are looked up at once.
 */
export async function createPaneServices(host: MailHost, options: { storage?: QueueStorage } = {}) {
  // A dark or high contrast Outlook: its theme's tokens come while the strings and the token do.
  void loadTheme(host.theme());
  const services = paneServices(host, options);
  warmFormats(host.displayLanguage());
  const [loaded] = await Promise.all([services, readFirstItem(host).catch(() => undefined)]);
  // The item's contacts are looked up now, while the pane renders, not after (a meeting waits for its key).
  const first = firstItemOf(host);
  if (first?.status === 'ok' && !needsMeetingKey(first.item))
    primeContactMatches(
      loaded.services.api,
      peopleOf(first.item, loaded.i18n.t),
      sourceOf(first.item),
      ownAddresses(first.item, host.userEmail()),
    );
  // The code of what the first paint draws as stand-ins, asked for once the first reads have left: over HTTP/1.1 a
  // browser opens six connections to a host, and these twenty files asked for first held the reads back.
  await nextTask();
  void Promise.all([preloadRecordFormParts(), loadPaneTabList()]).catch(() => undefined);
  return loaded;
}

function paneServices(host: MailHost, options: { storage?: QueueStorage }) {
  return createServices({
    language: host.displayLanguage(),
    areas: PANE_AREAS,
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
