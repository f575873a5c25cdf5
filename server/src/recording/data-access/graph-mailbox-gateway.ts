import type { Client } from '@microsoft/microsoft-graph-client';
import type { GraphAccess } from '../../lib/graph/graph-access';
import { graphProblem } from '../../lib/graph/graph-errors';
import type { MailboxGateway, MailboxItem } from '../domain/mailbox-gateway';
import {
  EVENT_FIELDS,
  messageFieldsOf,
  toMailboxItem,
  type GraphEvent,
  type GraphMessage,
} from './graph-mailbox-items';
import type { RecordingKind } from '../domain/recording-schema';

/**
 * A next or delta link as a path under the client's version (the SDK resolves absolute URLs only for https Graph
 * hosts).
 */
const relative = (link: string) => {
  if (!/^https?:\/\//.test(link)) return link;
  const url = new URL(link);
  return `${url.pathname.replace(/^\/(v1\.0|beta)(?=\/)/, '')}${url.search}`;
};

const resourceOf = (userId: string, kind: RecordingKind) =>
  ({
    emails: `users/${userId}/mailFolders('SentItems')/messages`,
    receivedEmails: `users/${userId}/mailFolders('Inbox')/messages`,
    meetings: `users/${userId}/events`,
  })[kind];

const deltaOf = (userId: string, kind: RecordingKind, window: { from: Date; to: Date }) =>
  kind === 'meetings'
    ? `/users/${userId}/calendarView/delta?startDateTime=${window.from.toISOString()}` +
      `&endDateTime=${window.to.toISOString()}`
    : `/users/${userId}/mailFolders/${kind === 'emails' ? 'sentitems' : 'inbox'}/messages/delta` +
      `?$select=${messageFieldsOf(kind)}`;

/** Automatic recording's view of a mailbox over Microsoft Graph (app permissions). */
export function graphMailboxGateway(graph: Client): MailboxGateway {
  const call = async <T>(request: () => Promise<T>): Promise<T> => {
    try {
      return await request();
    } catch (error) {
      throw graphProblem(error);
    }
  };
  const orNull = async <T>(request: () => Promise<T>): Promise<T | null> => {
    try {
      return await request();
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return null;
      throw graphProblem(error);
    }
  };
  return {
    async subscribe(userId, kind, { notificationUrl, clientState, expiresAt }) {
      const created = await call(() =>
        graph.api('/subscriptions').post({
          changeType: kind === 'meetings' ? 'created,updated' : 'created',
          notificationUrl,
          lifecycleNotificationUrl: notificationUrl,
          resource: resourceOf(userId, kind),
          expirationDateTime: expiresAt.toISOString(),
          clientState,
        }),
      );
      return { id: created.id as string, expiresAt: new Date(created.expirationDateTime as string) };
    },
    async renew(subscriptionId, expiresAt) {
      const renewed = await orNull(() =>
        graph.api(`/subscriptions/${subscriptionId}`).patch({ expirationDateTime: expiresAt.toISOString() }),
      );
      return renewed !== null;
    },
    async unsubscribe(subscriptionId) {
      await orNull(() => graph.api(`/subscriptions/${subscriptionId}`).delete());
    },
    async item(userId, kind, id) {
      if (kind !== 'meetings') {
        const m = await orNull<GraphMessage>(() =>
          graph
            .api(`/users/${userId}/messages/${encodeURIComponent(id)}`)
            .select(messageFieldsOf(kind))
            .get(),
        );
        return m ? toMailboxItem(kind, m) : null;
      }
      const e = await orNull<GraphEvent>(() =>
        graph
          .api(`/users/${userId}/events/${encodeURIComponent(id)}`)
          .header('Prefer', 'outlook.timezone="UTC"')
          .select(EVENT_FIELDS)
          .get(),
      );
      return e ? toMailboxItem(kind, e) : null;
    },
    async changes(userId, kind, deltaLink, window) {
      const items: MailboxItem[] = [];
      let next: string = deltaLink || deltaOf(userId, kind, window);
      for (;;) {
        const page = await call<{
          value: (GraphMessage | GraphEvent)[];
          '@odata.nextLink'?: string;
          '@odata.deltaLink'?: string;
        }>(() => graph.api(relative(next)).header('Prefer', 'outlook.timezone="UTC"').get());
        for (const raw of page.value ?? []) {
          if (raw['@removed']) continue;
          items.push(toMailboxItem(kind, raw));
        }
        if (page['@odata.deltaLink']) return { items, deltaLink: page['@odata.deltaLink'] };
        if (!page['@odata.nextLink']) return { items, deltaLink: '' };
        next = page['@odata.nextLink'];
      }
    },
  };
}

/** Each tenant's mailboxes through Graph as the application (client credentials). */
export const graphMailboxGateways =
  (graph: GraphAccess) =>
  (tenantId: string): MailboxGateway =>
    graphMailboxGateway(graph.asApp(tenantId));
