import { prefetchClientConfig } from '@interlog/app-shell';

// Small, as the pane's entry (outlook/src/main.tsx): the preview's code loads while Office.js starts.
void prefetchClientConfig().catch(() => undefined);
const preview = import('./start-preview');
void preview.then((code) => code.prepareStrings()).catch(() => undefined);

// Outside Office, onReady resolves with host null: the simulated mailbox stands in for Outlook.
Office.onReady(async () => (await preview).startPreview(document.getElementById('root')!));
