import { bootPane } from './boot-pane';

export { preparePaneStrings } from './boot-pane';
import { createOfficeMailHost } from './host/office-mail-host';

/** Once Office is ready: the pane inside Outlook, a pointer to the preview anywhere else. */
export async function startPane(container: HTMLElement, info: { host: Office.HostType | null }) {
  if (info.host === Office.HostType.Outlook) await bootPane(container, createOfficeMailHost());
  else await (await import('./outside-office')).renderOutsideHost(container, 'host.outsideOffice', '/preview.html');
}
