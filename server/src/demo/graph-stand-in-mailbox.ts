import { randomUUID } from 'node:crypto';
import express from 'express';
import { createFailureInjector, graphError } from './graph-stand-in-errors';

export interface StandInAddress {
  address: string;
  name?: string;
}

export interface StandInMessage {
  id: string;
  internetMessageId: string;
  subject: string;
  toRecipients: StandInAddress[];
  ccRecipients: StandInAddress[];
  bccRecipients: StandInAddress[];
  sentDateTime: string;
  isDraft: boolean;
  folder: 'drafts' | 'sentitems' | 'inbox';
  /** Who sent an email in the Inbox. */
  from?: StandInAddress;
  bodyHtml: string;
  internetMessageHeaders: { name: string; value: string }[];
}

export interface StandInEvent {
  id: string;
  iCalUId: string;
  subject: string;
  start: string;
  isOrganizer: boolean;
  organizer: StandInAddress;
  attendees: (StandInAddress & {
    response?: 'none' | 'accepted' | 'tentativelyAccepted' | 'declined' | 'notResponded';
  })[];
  responseStatus: 'none' | 'organizer' | 'accepted' | 'tentativelyAccepted' | 'declined' | 'notResponded';
  isCancelled?: boolean;
  /** A Teams meeting's join URL (the event's onlineMeeting.joinUrl). */
  joinUrl?: string;
}

interface Subscription {
  id: string;
  tenantId: string;
  userId: string;
  resource: string;
  changeType: string;
  notificationUrl: string;
  lifecycleNotificationUrl?: string;
  clientState: string;
  expirationDateTime: string;
}

interface Change {
  seq: number;
  userId: string;
  kind: 'message' | 'event';
  id: string;
}

/** Who a bearer token stands for: `<kind>:<tenant>:<user>` for a user, `<kind>-app:<tenant>` for the app. */
export function identifyStandInToken(token: string): { tenantId: string; userId: string | null } | null {
  const [kind, tenantId, userId] = token.split(':');
  if (!kind || !tenantId) return null;
  return kind.endsWith('-app') ? { tenantId, userId: null } : userId ? { tenantId, userId } : null;
}

const recipient = (a: StandInAddress) => ({ emailAddress: { address: a.address, name: a.name ?? a.address } });
const fromRecipient = (r: { emailAddress?: { address?: string; name?: string } }): StandInAddress => ({
  address: r.emailAddress?.address ?? '',
  name: r.emailAddress?.name,
});

function messageJson(m: StandInMessage) {
  return {
    id: m.id,
    internetMessageId: m.internetMessageId,
    subject: m.subject,
    isDraft: m.isDraft,
    sentDateTime: m.isDraft ? null : m.sentDateTime,
    receivedDateTime: m.isDraft ? null : m.sentDateTime,
    ...(m.from ? { from: recipient(m.from) } : {}),
    toRecipients: m.toRecipients.map(recipient),
    ccRecipients: m.ccRecipients.map(recipient),
    bccRecipients: m.bccRecipients.map(recipient),
    internetMessageHeaders: m.internetMessageHeaders,
    body: { contentType: 'html', content: m.bodyHtml },
  };
}

function eventJson(e: StandInEvent) {
  return {
    id: e.id,
    iCalUId: e.iCalUId,
    subject: e.subject,
    isOrganizer: e.isOrganizer,
    isCancelled: e.isCancelled ?? false,
    start: { dateTime: e.start.replace(/Z$/, ''), timeZone: 'UTC' },
    organizer: recipient(e.organizer),
    attendees: e.attendees.map((a) => ({
      ...recipient(a),
      type: 'required',
      status: { response: a.response ?? 'none' },
    })),
    responseStatus: { response: e.responseStatus },
    onlineMeeting: e.joinUrl ? { joinUrl: e.joinUrl } : null,
  };
}

/**
 * The mailbox half of the Graph stand-in: each user's sent items, drafts and calendar,
 * change-notification subscriptions (with Graph's validation handshake on create) and delta
 * queries. Test hooks put mail and events in a mailbox as if the user had acted in Outlook.
 */
export function createStandInMailbox() {
  const messages = new Map<string, StandInMessage & { userId: string }>();
  const events = new Map<string, StandInEvent & { userId: string }>();
  const subscriptions = new Map<string, Subscription>();
  const changes: Change[] = [];
  const sent: (StandInMessage & { userId: string })[] = [];
  const failures = createFailureInjector();
  let seq = 0;
  let failValidation = false;

  const record = (userId: string, kind: Change['kind'], id: string) => changes.push({ seq: ++seq, userId, kind, id });

  async function notify(userId: string, kind: Change['kind'], id: string, changeType: 'created' | 'updated') {
    const folder = kind === 'message' && messages.get(id)?.folder === 'inbox' ? 'Inbox' : 'SentItems';
    const wanted = kind === 'message' ? new RegExp(`mailFolders\\('${folder}'\\)/messages$`, 'i') : /\/events$/i;
    for (const s of subscriptions.values()) {
      if (s.userId !== userId || !wanted.test(s.resource) || !s.changeType.split(',').includes(changeType)) continue;
      if (Date.parse(s.expirationDateTime) < Date.now()) continue;
      const resource = kind === 'message' ? `Users/${userId}/Messages/${id}` : `Users/${userId}/Events/${id}`;
      const body = {
        value: [
          {
            subscriptionId: s.id,
            subscriptionExpirationDateTime: s.expirationDateTime,
            changeType,
            resource,
            clientState: s.clientState,
            tenantId: s.tenantId,
            resourceData: {
              '@odata.type': kind === 'message' ? '#Microsoft.Graph.Message' : '#Microsoft.Graph.Event',
              '@odata.id': resource,
              id,
            },
          },
        ],
      };
      await fetch(s.notificationUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).catch(() => undefined);
    }
  }

  /** A message in the user's `folder`, announced by a change notification unless `silent`. */
  async function putMessage(
    userId: string,
    m: Partial<StandInMessage>,
    folder: 'sentitems' | 'inbox',
    options: { silent?: boolean },
  ): Promise<StandInMessage & { userId: string }> {
    const message = {
      id: `msg-${randomUUID()}`,
      internetMessageId: `<${randomUUID()}@stand-in.example>`,
      subject: '',
      toRecipients: [],
      ccRecipients: [],
      bccRecipients: [],
      sentDateTime: new Date().toISOString(),
      bodyHtml: '',
      internetMessageHeaders: [],
      ...m,
      isDraft: false,
      folder,
      userId,
    };
    messages.set(message.id, message);
    record(userId, 'message', message.id);
    if (!options.silent) await notify(userId, 'message', message.id, 'created');
    return message;
  }

  const hooks = {
    /** The user sent an email from Outlook; `silent` loses its change notification (delta still sees it). */
    sendAs: (
      userId: string,
      m: Partial<StandInMessage> & { toRecipients: StandInAddress[] },
      options: { silent?: boolean } = {},
    ) => putMessage(userId, m, 'sentitems', options),
    /** Someone sent the user an email: it arrives in their Inbox. */
    receive: (
      userId: string,
      m: Partial<StandInMessage> & { from: StandInAddress },
      options: { silent?: boolean } = {},
    ) => putMessage(userId, m, 'inbox', options),
    /** An event appeared or changed in the user's calendar (sent invitation, accepted one). */
    async putEvent(
      userId: string,
      e: Partial<StandInEvent> & Pick<StandInEvent, 'organizer' | 'attendees'>,
      options: { silent?: boolean } = {},
    ) {
      const existing = e.id ? events.get(e.id) : undefined;
      const event = {
        id: `evt-${randomUUID()}`,
        iCalUId: `ical-${randomUUID()}`,
        subject: '',
        start: new Date().toISOString(),
        isOrganizer: true,
        responseStatus: 'organizer' as const,
        ...existing,
        ...e,
        userId,
      };
      events.set(event.id, event);
      record(userId, 'event', event.id);
      if (!options.silent) await notify(userId, 'event', event.id, existing ? 'updated' : 'created');
      return event;
    },
    failNext: failures.failNext,
    /** Subscription creation fails the way Graph does when the notification URL does not answer the handshake. */
    set failValidation(value: boolean) {
      failValidation = value;
    },
    /** Lets a subscription lapse, as when renewal was missed. */
    expire(subscriptionId: string) {
      const s = subscriptions.get(subscriptionId);
      if (s) s.expirationDateTime = new Date(Date.now() - 1000).toISOString();
    },
    subscriptions,
    sent,
    messages,
  };

  const router = express.Router();
  router.use(express.json());

  const who = (res: express.Response) => res.locals.identity as { tenantId: string; userId: string | null };
  /** `/me/...` for a user token, `/users/{id}/...` for the app or the user themself. */
  const userOf = (req: express.Request, res: express.Response): string | null => {
    const identity = who(res);
    const userId = (req.params.userId as string | undefined) ?? identity.userId;
    if (!userId || (identity.userId && identity.userId !== userId)) {
      graphError(res, 403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
      return null;
    }
    return userId;
  };
  router.use(failures.middleware);

  router.post('/subscriptions', async (req, res) => {
    const { changeType, notificationUrl, lifecycleNotificationUrl, resource, expirationDateTime, clientState } =
      req.body ?? {};
    const match = /^(?:users\/([^/]+)|me)\/(mailFolders\('(?:SentItems|Inbox)'\)\/messages|events)$/i.exec(
      String(resource ?? ''),
    );
    if (!match || !changeType || !notificationUrl || !expirationDateTime)
      return graphError(
        res,
        400,
        'InvalidRequest',
        'resource, changeType, notificationUrl and expirationDateTime are required.',
      );
    const identity = who(res);
    const userId = match[1] ?? identity.userId;
    if (!userId || (identity.userId && identity.userId !== userId))
      return graphError(res, 403, 'ExtensionError', 'Operation: Create; Exception: [Status Code: Forbidden]');
    const token = randomUUID();
    const handshake = failValidation
      ? null
      : await fetch(`${notificationUrl}?validationToken=${encodeURIComponent(token)}`, {
          method: 'POST',
          signal: AbortSignal.timeout(10_000),
        }).catch(() => null);
    const echoed =
      handshake?.ok &&
      (handshake.headers.get('content-type') ?? '').startsWith('text/plain') &&
      (await handshake.text()) === token;
    if (!echoed)
      return graphError(
        res,
        400,
        'ValidationError',
        'Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.',
      );
    const subscription: Subscription = {
      id: randomUUID(),
      tenantId: identity.tenantId,
      userId,
      resource,
      changeType,
      notificationUrl,
      lifecycleNotificationUrl,
      clientState: clientState ?? '',
      expirationDateTime,
    };
    subscriptions.set(subscription.id, subscription);
    res.status(201).json({
      id: subscription.id,
      resource,
      changeType,
      notificationUrl,
      expirationDateTime,
      clientState: subscription.clientState,
    });
  });
  router.patch('/subscriptions/:id', (req, res) => {
    const s = subscriptions.get(String(req.params.id));
    if (!s || Date.parse(s.expirationDateTime) < Date.now())
      return graphError(res, 404, 'ResourceNotFound', 'The object was not found.');
    s.expirationDateTime = String(req.body?.expirationDateTime ?? s.expirationDateTime);
    res.json({ id: s.id, resource: s.resource, expirationDateTime: s.expirationDateTime });
  });
  router.delete('/subscriptions/:id', (req, res) => {
    if (!subscriptions.delete(String(req.params.id)))
      return graphError(res, 404, 'ResourceNotFound', 'The object was not found.');
    res.status(204).end();
  });

  const getMessage = (req: express.Request, res: express.Response) => {
    const userId = userOf(req, res);
    if (!userId) return;
    const m = messages.get(String(req.params.id));
    if (!m || m.userId !== userId)
      return graphError(res, 404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    res.json(messageJson(m));
  };
  router.get('/me/messages/:id', getMessage);
  router.get('/users/:userId/messages/:id', getMessage);

  const getEvent = (req: express.Request, res: express.Response) => {
    const userId = userOf(req, res);
    if (!userId) return;
    const e = events.get(String(req.params.id));
    if (!e || e.userId !== userId)
      return graphError(res, 404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    res.json(eventJson(e));
  };
  router.get('/me/events/:id', getEvent);
  router.get('/users/:userId/events/:id', getEvent);

  const delta =
    (kind: Change['kind'], path: string, folder = 'sentitems') =>
    (req: express.Request, res: express.Response) => {
      const userId = userOf(req, res);
      if (!userId) return;
      const since = Number(req.query.$deltatoken ?? 0);
      const ids = [
        ...new Set(changes.filter((c) => c.userId === userId && c.kind === kind && c.seq > since).map((c) => c.id)),
      ];
      const value =
        kind === 'message'
          ? ids
              .map((id) => messages.get(id)!)
              .filter((m) => m.folder === folder)
              .map(messageJson)
          : ids.map((id) => events.get(id)!).map(eventJson);
      const origin = `${req.protocol}://${req.get('host')}`;
      res.json({ value, '@odata.deltaLink': `${origin}/v1.0/users/${userId}/${path}?$deltatoken=${seq}` });
    };
  router.get(
    '/users/:userId/mailFolders/sentitems/messages/delta',
    delta('message', 'mailFolders/sentitems/messages/delta'),
  );
  router.get(
    '/users/:userId/mailFolders/inbox/messages/delta',
    delta('message', 'mailFolders/inbox/messages/delta', 'inbox'),
  );
  router.get('/users/:userId/calendarView/delta', delta('event', 'calendarView/delta'));

  /** The user's events that start in the window (Graph also returns those that only overlap it). */
  router.get('/me/calendarView', (req, res) => {
    const userId = userOf(req, res);
    if (!userId) return;
    const from = Date.parse(String(req.query.startDateTime ?? ''));
    const to = Date.parse(String(req.query.endDateTime ?? ''));
    if (Number.isNaN(from) || Number.isNaN(to))
      return graphError(res, 400, 'ErrorInvalidParameter', 'startDateTime and endDateTime are required.');
    const found = [...events.values()].filter(
      (e) => e.userId === userId && Date.parse(e.start) >= from && Date.parse(e.start) <= to,
    );
    res.json({ value: found.map(eventJson) });
  });

  /** Only the one filter Interlog uses: `internetMessageId eq '…'`. */
  router.get('/me/mailFolders/sentitems/messages', (req, res) => {
    const userId = userOf(req, res);
    if (!userId) return;
    const wanted = /^internetMessageId eq '((?:[^']|'')*)'$/
      .exec(String(req.query.$filter ?? ''))?.[1]
      ?.replace(/''/g, "'");
    if (wanted === undefined)
      return graphError(
        res,
        400,
        'ErrorInvalidUrlQueryFilter',
        'The stand-in filters sent items by internetMessageId only.',
      );
    const found = [...messages.values()].filter(
      (m) => m.userId === userId && m.folder === 'sentitems' && m.internetMessageId === wanted,
    );
    res.json({ value: found.map(messageJson) });
  });

  router.post('/me/messages', (req, res) => {
    const userId = userOf(req, res);
    if (!userId) return;
    const b = req.body ?? {};
    if (!Array.isArray(b.toRecipients) || b.toRecipients.length === 0)
      return graphError(res, 400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
    const draft = {
      id: `draft-${randomUUID()}`,
      internetMessageId: `<${randomUUID()}@stand-in.example>`,
      subject: String(b.subject ?? ''),
      toRecipients: b.toRecipients.map(fromRecipient),
      ccRecipients: (b.ccRecipients ?? []).map(fromRecipient),
      bccRecipients: [],
      sentDateTime: '',
      isDraft: true,
      folder: 'drafts' as const,
      bodyHtml: String(b.body?.content ?? ''),
      internetMessageHeaders: b.internetMessageHeaders ?? [],
      userId,
    };
    messages.set(draft.id, draft);
    res.status(201).json(messageJson(draft));
  });
  router.delete('/me/messages/:id', (req, res) => {
    const userId = userOf(req, res);
    if (!userId) return;
    const m = messages.get(String(req.params.id));
    if (!m || m.userId !== userId)
      return graphError(res, 404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    messages.delete(m.id);
    res.status(204).end();
  });
  router.post('/me/messages/:id/send', async (req, res) => {
    const userId = userOf(req, res);
    if (!userId) return;
    const draft = messages.get(String(req.params.id));
    if (!draft || draft.userId !== userId || !draft.isDraft)
      return graphError(res, 404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    // Addresses in the reserved .invalid domain stand for mailboxes Exchange refuses.
    if (draft.toRecipients.some((r) => !/^[^@\s]+@[^@\s]+$/.test(r.address) || /\.invalid$/i.test(r.address)))
      return graphError(res, 400, 'ErrorInvalidRecipients', 'At least one recipient is not valid.');
    messages.delete(draft.id);
    const sentMessage = {
      ...draft,
      id: `msg-${randomUUID()}`,
      isDraft: false,
      folder: 'sentitems' as const,
      sentDateTime: new Date().toISOString(),
    };
    messages.set(sentMessage.id, sentMessage);
    sent.push(sentMessage);
    record(userId, 'message', sentMessage.id);
    res.status(202).end();
    void notify(userId, 'message', sentMessage.id, 'created');
  });

  return { router, hooks, identify: identifyStandInToken };
}
