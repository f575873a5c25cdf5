import { renderOutsideHost } from '@interlog/app-shell';
import { bootPane, prefetchClientConfig } from './boot-pane';
import { createOfficeMailHost } from './host/office-mail-host';

const container = document.getElementById('root')!;
void prefetchClientConfig().catch(() => undefined);

Office.onReady(async (info) => {
  if (info.host === Office.HostType.Outlook) await bootPane(container, createOfficeMailHost());
  else await renderOutsideHost(container, 'host.outsideOffice', '/preview.html');
});
