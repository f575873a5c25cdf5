import { randomBytes } from 'node:crypto';
import { AppError } from '../../lib/errors/app-error';
import { contactLookup } from '../../contacts';
import { createInteraction, postponedForItem } from '../../interactions';
import { getInteractionTemplateSetup } from '../../templates';
import { notificationQueueRepository, type ClaimedChange } from '../data-access/notification-queue-repository';
import { nextAttemptAt } from '../../lib/retry/backoff';
import { recordingMailboxRepository, type RecordingMailbox } from '../data-access/recording-mailbox-repository';
import type { MailboxGateway, MailboxItem } from './mailbox-gateway';
import { counterparts, interactionFor, recordedBySender, withinRecording } from './record-mailbox-item';
import { keepStrangers } from './keep-strangers';
import { hashClientState, LIFECYCLE_PREFIX, setupNameOf, templateOf, type RecordingOptions } from './recording-service';
import { withMailboxLease } from './mailbox-lease';

export interface RecordingPassOptions extends RecordingOptions {
  renewBeforeMinutes: number;
  maxAttempts: number;
  retryBaseMs: number;
}

export interface RecordingLogger {
  warn(obj: object, msg: string): void;
}

const MAX_PER_RUN = 200;
/** Recorded items are kept a day (to look into), and swept out at most once an hour per worker. */
const KEEP_DONE_MS = 86_400_000;
const PURGE_EVERY_MS = 3_600_000;

/** Graph's throttling and outages are worth another try; a refusal is not. */
const transient = (error: unknown) => !(error instanceof AppError) || error.status >= 500 || error.status === 429;
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * One pass of automatic recording: records what the notifications queued and keeps every
 * enabled mailbox's subscription alive (renewed before it expires, made again when Graph
 * dropped it, and a delta query now and then for notifications that never came). Any number
 * of instances may run passes at once; each item and mailbox is claimed in the database first.
 */
export function createRecordingPass(
  gatewayFor: (tenantId: string) => MailboxGateway,
  options: RecordingPassOptions,
  logger: RecordingLogger,
) {
  const retryPolicy = { maxAttempts: options.maxAttempts, baseMs: options.retryBaseMs };
  let nextPurgeAt = 0;

  async function record(mailbox: RecordingMailbox, item: MailboxItem): Promise<number> {
    if (!withinRecording(item, mailbox.enabledAt ?? new Date(0)) || recordedBySender(item)) return 0;
    const templateCode = templateOf(await getInteractionTemplateSetup(mailbox.tenantId), mailbox.kind);
    if (!templateCode)
      throw new AppError(
        'business-rule',
        422,
        `The interaction template setup names no template for ${setupNameOf(mailbox.kind)}.`,
      );
    const people = counterparts(item, mailbox.userEmail);
    const contacts = await contactLookup.findByEmails(
      mailbox.tenantId,
      people.map((a) => a.address),
    );
    let created = 0;
    for (const contact of contacts) {
      const input = interactionFor(item, contact, templateCode);
      // The user postponed this item for the contact: it is finished from the pane, not recorded twice.
      if (await postponedForItem(mailbox.tenantId, contact.no, input.source)) continue;
      const result = await createInteraction({ tenantId: mailbox.tenantId, userId: mailbox.userId }, input);
      if (result.created) created++;
    }
    // After the contacts' entries, which a retry of the item finds instead of doubling.
    await keepStrangers(mailbox, item, people, contacts);
    return created;
  }

  /** missed / reauthorizationRequired / subscriptionRemoved: renew (or subscribe again) and catch up now. */
  async function applyLifecycleEvent(mailboxId: string, event: string) {
    await withMailboxLease(mailboxId, () =>
      recordingMailboxRepository.update(mailboxId, {
        nextCatchUpAt: new Date(),
        ...(event === 'subscriptionRemoved' ? { subscriptionExpiresAt: null } : {}),
      }),
    );
  }

  async function processChange(job: ClaimedChange) {
    const change = job.doc;
    const mailbox = await recordingMailboxRepository.byId(change.mailboxId);
    // Done unless another notification for the item came in meanwhile (then it stays pending).
    const done = () => job.complete({}, { version: change.version });
    try {
      if (!mailbox?.enabled) return await done();
      if (change.resourceId.startsWith(LIFECYCLE_PREFIX)) {
        await applyLifecycleEvent(mailbox._id, change.resourceId.slice(LIFECYCLE_PREFIX.length));
        return await done();
      }
      const item = await gatewayFor(mailbox.tenantId).item(mailbox.userId, mailbox.kind, change.resourceId);
      const created = item ? await record(mailbox, item) : 0;
      await withMailboxLease(mailbox._id, () =>
        recordingMailboxRepository.update(
          mailbox._id,
          { lastNotificationAt: change.receivedAt, ...(created ? { lastRecordedAt: new Date(), failing: false } : {}) },
          created ? { recorded: created } : {},
        ),
      );
      await done();
    } catch (error) {
      const retryAt = transient(error) ? nextAttemptAt(job.attempt, retryPolicy) : null;
      if (retryAt) return await job.retryAt(retryAt, describe(error));
      await job.fail(describe(error));
      if (mailbox)
        await withMailboxLease(mailbox._id, () =>
          recordingMailboxRepository.update(
            mailbox._id,
            { failing: true, lastError: describe(error) },
            { failedItems: 1 },
          ),
        );
      logger.warn(
        { err: error, mailbox: change.mailboxId, item: change.resourceId },
        'automatic recording gave up on an item',
      );
    }
  }

  /** Renews (or recreates) the subscription when due, and runs the delta query when due. */
  async function maintain(mailbox: RecordingMailbox) {
    const gateway = gatewayFor(mailbox.tenantId);
    const now = new Date();
    const changes: Partial<RecordingMailbox> = {};
    try {
      const renewBy = new Date(now.getTime() + options.renewBeforeMinutes * 60_000);
      if (!mailbox.subscriptionExpiresAt || mailbox.subscriptionExpiresAt < renewBy) {
        const expiresAt = new Date(now.getTime() + options.subscriptionMinutes * 60_000);
        if (mailbox.subscriptionId && (await gateway.renew(mailbox.subscriptionId, expiresAt))) {
          changes.subscriptionExpiresAt = expiresAt;
        } else {
          // Gone (it lapsed or Graph removed it): subscribe again, and catch up with what was missed meanwhile.
          const clientState = randomBytes(32).toString('base64url');
          const created = await gateway.subscribe(mailbox.userId, mailbox.kind, {
            notificationUrl: options.notificationUrl,
            clientState,
            expiresAt,
          });
          Object.assign(changes, {
            subscriptionId: created.id,
            clientStateHash: hashClientState(clientState),
            subscriptionExpiresAt: created.expiresAt,
          });
          mailbox.nextCatchUpAt = now;
        }
      }
      if (!mailbox.nextCatchUpAt || mailbox.nextCatchUpAt <= now) {
        const from = new Date(Math.min(now.getTime() - 86_400_000, (mailbox.enabledAt ?? now).getTime()));
        const { items, deltaLink } = await gateway.changes(mailbox.userId, mailbox.kind, mailbox.deltaLink, {
          from,
          to: new Date(now.getTime() + 365 * 86_400_000),
        });
        const due = items.filter((item) => withinRecording(item, mailbox.enabledAt ?? now) && !recordedBySender(item));
        await notificationQueueRepository.enqueue(
          mailbox._id,
          due.map((item) => item.id),
          now,
        );
        Object.assign(changes, { deltaLink, nextCatchUpAt: new Date(now.getTime() + options.catchUpMinutes * 60_000) });
      }
      await recordingMailboxRepository.release(mailbox._id, { ...changes, failing: false, lastError: '' });
    } catch (error) {
      logger.warn({ err: error, mailbox: mailbox._id }, 'automatic recording could not renew or catch up');
      await recordingMailboxRepository.release(
        mailbox._id,
        { ...changes, failing: true, lastError: describe(error) },
        new Date(now.getTime() + options.retryBaseMs * 8),
      );
    }
  }

  return async function runPass(): Promise<void> {
    for (let n = 0; n < MAX_PER_RUN; n++) {
      if (!(await notificationQueueRepository.claimNext(processChange))) break;
    }
    const now = new Date();
    if (now.getTime() >= nextPurgeAt) {
      nextPurgeAt = now.getTime() + PURGE_EVERY_MS;
      await notificationQueueRepository.purgeDone(new Date(now.getTime() - KEEP_DONE_MS));
    }
    const renewBefore = new Date(now.getTime() + options.renewBeforeMinutes * 60_000);
    for (const id of await recordingMailboxRepository.dueIds(renewBefore, now, MAX_PER_RUN)) {
      // Read again under the lease: another worker may have done it, or the user switched recording off.
      await withMailboxLease(
        id,
        async () => {
          const current = await recordingMailboxRepository.byId(id);
          if (current && recordingMailboxRepository.isDue(current, renewBefore, new Date())) await maintain(current);
        },
        { wait: false },
      );
    }
  };
}
