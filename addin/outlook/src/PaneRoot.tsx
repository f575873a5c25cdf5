import type { i18n as I18n } from 'i18next';
import type { InterlogServices } from '@interlog/app-shell';
import { HostRoot } from '@interlog/app-shell';
import type { MailHost } from './host/mail-host';
import { OutlookPane } from './OutlookPane';

/** The task pane in Outlook's theme and language. */
export function PaneRoot({ host, services, i18n }: { host: MailHost; services: InterlogServices; i18n: I18n }) {
  return (
    <HostRoot theme={host.theme()} onThemeChanged={host.onThemeChanged} services={services} i18n={i18n}>
      <OutlookPane host={host} />
    </HostRoot>
  );
}
