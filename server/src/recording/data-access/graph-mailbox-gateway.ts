import type { Client } from '@microsoft/microsoft-graph-client';
import type { GraphAccess } from '../../lib/graph/graph-access';
import { graphProblem } from '../../lib/graph/graph-errors';
import type { CalendarEvent, MailAddress, MailboxGateway, MailboxItem, SentMessage } from '../domain/mailbox-gateway';
import type { RecordingKind } from '../domain/recording-schema';

interface GraphRecipient {
  emailAddress?: { address?: string | null; name?: string | null } | null;
}
interface GraphMessage {
  id: string;
  internetMessageId?: string | null;
  subject?: string | null;
  sentDateTime?: string | null;
  toRecipients?: GraphRecipient[];
  ccRecipients?: GraphRecipient[];
  bccRecipients?: GraphRecipient[];
  internetMessageHeaders?: { name: string; value: string }[] | null;
  '@removed'?: unknown;
}
interface GraphEvent {
  id: string;
  iCalUId?: string | null;
  subject?: string | null;
  start?: { dateTime: string; timeZone: string } | null;
  isOrganizer?: boolean;
  isCancelled?: boolean;
  responseStatus?: { response?: string } | null;
  organizer?: GraphRecipient | null;
  attendees?: (GraphRecipient & { status?: { response?: string } | null })[];
  '@removed'?: unknown;
}

const MESSAGE_FIELDS =
  'id,internetMessageId,subject,sentDateTime,toRecipients,ccRecipients,bccRecipients,internetMessageHeaders';
const EVENT_FIELDS = 'id,iCalUId,subject,start,isOrganizer,isCancelled,responseStatus,organizer,attendees';

const address = (r: GraphRecipient | null | undefined): MailAddress | null =>
  r?.emailAddress?.address
    ? { address: r.emailAddress.address, name: r.emailAddress.name || r.emailAddress.address }
    : null;

function toMessage(m: GraphMessage): SentMessage {
  return {
    kind: 'message',
    id: m.id,
    internetMessageId: m.internetMessageId ?? '',
    subject: m.subject ?? '',
    sentAt: m.sentDateTime ?? new Date().toISOString(),
    recipients: [...(m.toRecipients ?? []), ...(m.ccRecipients ?? []), ...(m.bccRecipients ?? [])]
      .map(address)
      .filter((a): a is MailAddress => a !== null),
    headers: Object.fromEntries((m.internetMessageHeaders ?? []).map((h) => [h.name.toLowerCase(), h.value])),
  };
}

/** Graph gives event times in the zone asked for; UTC is asked for, without the Z. */
const utc = (t: { dateTime: string } | null | undefined) =>
  t
    ? new Date(/[zZ]|[+-]\d\d:\d\d$/.test(t.dateTime) ? t.dateTime : `${t.dateTime}Z`).toISOString()
    : new Date().toISOString();

function toEvent(e: GraphEvent): CalendarEvent {
  return {
    kind: 'event',
    id: e.id,
    iCalUId: e.iCalUId ?? '',
    subject: e.subject ?? '',
    start: utc(e.start),
    isOrganizer: e.isOrganizer ?? false,
    isCancelled: e.isCancelled ?? false,
    response: e.responseStatus?.response ?? 'none',
    organizer: address(e.organizer) ?? { address: '', name: '' },
    attendees: (e.attendees ?? []).flatMap((a) => {
      const found = address(a);
      return found ? [{ ...found, response: a.status?.response ?? 'none' }] : [];
    }),
  };
}

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
  kind === 'emails' ? `users/${userId}/mailFolders('SentItems')/messages` : `users/${userId}/events`;

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
          changeType: kind === 'emails' ? 'created' : 'created,updated',
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
      if (kind === 'emails') {
        const m = await orNull<GraphMessage>(() =>
          graph
            .api(`/users/${userId}/messages/${encodeURIComponent(id)}`)
            .select(MESSAGE_FIELDS)
            .get(),
        );
        return m ? toMessage(m) : null;
      }
      const e = await orNull<GraphEvent>(() =>
        graph
          .api(`/users/${userId}/events/${encodeURIComponent(id)}`)
          .header('Prefer', 'outlook.timezone="UTC"')
          .select(EVENT_FIELDS)
          .get(),
      );
      return e ? toEvent(e) : null;
    },
    async changes(userId, kind, deltaLink, window) {
      const items: MailboxItem[] = [];
      let next: string =
        deltaLink ||
        (kind === 'emails'
          ? `/users/${userId}/mailFolders/sentitems/messages/delta?$select=${MESSAGE_FIELDS}`
          : `/users/${userId}/calendarView/delta?startDateTime=${window.from.toISOString()}` +
            `&endDateTime=${window.to.toISOString()}`);
      for (;;) {
        const page = await call<{
          value: (GraphMessage | GraphEvent)[];
          '@odata.nextLink'?: string;
          '@odata.deltaLink'?: string;
        }>(() => graph.api(relative(next)).header('Prefer', 'outlook.timezone="UTC"').get());
        for (const raw of page.value ?? []) {
          if (raw['@removed']) continue;
          items.push(kind === 'emails' ? toMessage(raw as GraphMessage) : toEvent(raw as GraphEvent));
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
