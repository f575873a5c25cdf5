import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../lib/errors/app-error';
import type { RequestContext } from '../../lib/http/request-context';
import { getInteractionTemplateSetup, receivedEmailTemplate } from '../../templates';
import {
  mailboxId,
  recordingMailboxRepository,
  type RecordingMailbox,
} from '../data-access/recording-mailbox-repository';
import { notificationQueueRepository } from '../data-access/notification-queue-repository';
import type { MailboxGateway } from './mailbox-gateway';
import { withMailboxLease } from './mailbox-lease';
import {
  recordingKinds,
  type AutomaticRecording,
  type MailboxRecording,
  type PutAutomaticRecordingInput,
  type RecordingKind,
} from './recording-schema';

export interface RecordingOptions {
  /** Where Graph sends change notifications; empty: recording is unavailable. */
  notificationUrl: string;
  subscriptionMinutes: number;
  catchUpMinutes: number;
}

export const hashClientState = (secret: string) => createHash('sha256').update(secret).digest('hex');

type TemplateSetup = Awaited<ReturnType<typeof getInteractionTemplateSetup>>;

/** The template a kind records with, from the interaction template setup ('' when it names none). */
export function templateOf(setup: TemplateSetup, kind: RecordingKind): string {
  if (kind === 'receivedEmails') return receivedEmailTemplate(setup);
  return kind === 'emails' ? setup.emails : setup.meetingInvitation;
}

export const setupNameOf = (kind: RecordingKind) =>
  ({ emails: 'emails', meetings: 'meeting invitations', receivedEmails: 'received emails (or emails)' })[kind];

function view(doc: RecordingMailbox | null, templateCode: string): MailboxRecording {
  const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);
  return {
    enabled: doc?.enabled ?? false,
    status: !doc?.enabled ? 'off' : doc.failing ? 'failing' : 'active',
    templateCode,
    subscriptionExpiresAt: doc?.enabled ? iso(doc.subscriptionExpiresAt) : null,
    lastNotificationAt: iso(doc?.lastNotificationAt),
    lastRecordedAt: iso(doc?.lastRecordedAt),
    recorded: doc?.recorded ?? 0,
    failedItems: doc?.failedItems ?? 0,
    lastError: doc?.lastError ?? '',
  };
}

export async function getAutomaticRecording(
  ctx: RequestContext,
  options: RecordingOptions,
): Promise<AutomaticRecording> {
  const setup = await getInteractionTemplateSetup(ctx.tenantId);
  const mailboxes = await Promise.all(
    recordingKinds.map((kind) => recordingMailboxRepository.get(ctx.tenantId, ctx.userId, kind)),
  );
  const views = Object.fromEntries(
    recordingKinds.map((kind, n) => [kind, view(mailboxes[n], templateOf(setup, kind))]),
  ) as Record<RecordingKind, MailboxRecording>;
  return { ...views, available: options.notificationUrl !== '' };
}

/** Subscribes (Graph validates the notification URL while it answers) and records the subscription. */
async function switchOn(ctx: RequestContext, kind: RecordingKind, gateway: MailboxGateway, options: RecordingOptions) {
  const existing = await recordingMailboxRepository.get(ctx.tenantId, ctx.userId, kind);
  if (existing?.enabled && existing.subscriptionId) return;
  const clientState = randomBytes(32).toString('base64url');
  const subscription = await gateway.subscribe(ctx.userId, kind, {
    notificationUrl: options.notificationUrl,
    clientState,
    expiresAt: new Date(Date.now() + options.subscriptionMinutes * 60_000),
  });
  const now = new Date();
  await recordingMailboxRepository.upsert(ctx.tenantId, ctx.userId, kind, {
    userEmail: ctx.userEmail,
    enabled: true,
    enabledAt: existing?.enabledAt && existing.enabled ? existing.enabledAt : now,
    subscriptionId: subscription.id,
    clientStateHash: hashClientState(clientState),
    subscriptionExpiresAt: subscription.expiresAt,
    deltaLink: '',
    nextCatchUpAt: new Date(now.getTime() + options.catchUpMinutes * 60_000),
    failing: false,
    lastError: '',
  });
}

async function switchOff(ctx: RequestContext, kind: RecordingKind, gateway: MailboxGateway) {
  const existing = await recordingMailboxRepository.get(ctx.tenantId, ctx.userId, kind);
  if (!existing?.enabled) return;
  await recordingMailboxRepository.update(existing._id, {
    enabled: false,
    subscriptionId: '',
    subscriptionExpiresAt: null,
    deltaLink: '',
    failing: false,
  });
  if (existing.subscriptionId) await gateway.unsubscribe(existing.subscriptionId);
}

/**
 * Turns automatic recording of the caller's sent emails, meetings and received emails on or off. Needs the
 * template for the kind in the interaction template setup, and a notification URL.
 */
export async function putAutomaticRecording(
  ctx: RequestContext,
  input: PutAutomaticRecordingInput,
  gateway: MailboxGateway,
  options: RecordingOptions,
): Promise<AutomaticRecording> {
  if (ctx.appOnly)
    throw new AppError('forbidden', 403, 'Automatic recording is switched per user; an app-only token has no mailbox.');
  const setup = await getInteractionTemplateSetup(ctx.tenantId);
  const wanted = recordingKinds.filter((kind) => input[kind] !== undefined);
  const problems = wanted
    .filter((kind) => input[kind] && !templateOf(setup, kind))
    .map((kind) => ({
      path: `/body/${kind}`,
      message: `needs a template for ${setupNameOf(kind)} in the interaction template setup`,
    }));
  if (problems.length)
    throw new AppError(
      'business-rule',
      422,
      'Automatic recording needs the interaction template setup to name the template to record with.',
      { errors: problems },
    );
  if (wanted.some((kind) => input[kind]) && !options.notificationUrl) {
    throw new AppError(
      'unavailable',
      503,
      'Automatic recording is not available on this server: it has no public notification URL ' +
        '(GRAPH_NOTIFICATION_URL).',
    );
  }
  for (const kind of wanted) {
    await withMailboxLease(mailboxId(ctx.tenantId, ctx.userId, kind), () =>
      input[kind] ? switchOn(ctx, kind, gateway, options) : switchOff(ctx, kind, gateway),
    );
  }
  return getAutomaticRecording(ctx, options);
}

const sameSecret = (secret: string, hash: string) => {
  const given = Buffer.from(hashClientState(secret), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
};

/** A queued lifecycle event (missed, reauthorizationRequired, subscriptionRemoved) rather than an item. */
export const LIFECYCLE_PREFIX = 'lifecycle:';

export interface ChangeNotification {
  subscriptionId?: string;
  /** The tenant Graph says the change comes from: the subscription is looked up within it. */
  tenantId?: string;
  clientState?: string;
  resourceData?: { id?: string } | null;
  lifecycleEvent?: string;
}

/**
 * Queues what Graph reports and answers at once; recording happens in the worker. Returns
 * how many notifications were refused (unknown subscription or wrong clientState).
 */
export async function acceptNotifications(
  notifications: ChangeNotification[],
): Promise<{ accepted: number; refused: number }> {
  let accepted = 0;
  let refused = 0;
  const now = new Date();
  for (const n of notifications) {
    const mailbox =
      n.subscriptionId && n.tenantId
        ? await recordingMailboxRepository.bySubscription(n.tenantId, n.subscriptionId)
        : null;
    if (!mailbox || !n.clientState || !sameSecret(n.clientState, mailbox.clientStateHash)) {
      refused++;
      continue;
    }
    accepted++;
    // Only the queue is written here: the worker applies everything to the mailbox under its lease.
    if (n.lifecycleEvent)
      await notificationQueueRepository.enqueue(mailbox._id, [`${LIFECYCLE_PREFIX}${n.lifecycleEvent}`], now);
    else if (n.resourceData?.id) await notificationQueueRepository.enqueue(mailbox._id, [n.resourceData.id], now);
  }
  return { accepted, refused };
}

export { mailboxId };
