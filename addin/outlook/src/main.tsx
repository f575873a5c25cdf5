import { prefetchClientConfig } from '@interlog/app-shell';

// The page's one static script, kept small: Office.js fetches its host scripts only once the document has
// loaded, which waits for this module and its static imports. The pane's code loads while Office starts.
void prefetchClientConfig().catch(() => undefined);
const pane = import('./start-pane');
// Its strings too, in the browser's language: Outlook's display language is not known before Office is ready, and
// is most often the same (if not, the pane fetches the right ones then).
void pane.then((code) => code.preparePaneStrings(navigator.language)).catch(() => undefined);

Office.onReady(async (info) => (await pane).startPane(document.getElementById('root')!, info));
