import type { ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import type { InterlogServices } from '@interlog/app-shell';
import { HostRoot } from '@interlog/app-shell';
import type { TeamsHost } from './host/teams-host';

/** A Teams page in Teams' theme (live) and language. */
export function TeamsRoot({
  host,
  services,
  i18n,
  children,
}: {
  host: TeamsHost;
  services: InterlogServices;
  i18n: I18n;
  children: ReactNode;
}) {
  return (
    <HostRoot theme={host.context().theme} onThemeChanged={host.onThemeChanged} services={services} i18n={i18n}>
      {children}
    </HostRoot>
  );
}
