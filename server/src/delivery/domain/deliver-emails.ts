import { acquireLease, type Lease } from '../../lib/db/lease';
import { nextAttemptAt } from '../../lib/retry/backoff';
import { contactLookup, salespersonLookup, type Salesperson } from '../../contacts';
import { findEmailContent, mergeFieldsFor, type EmailContent } from '../../correspondence';
import { emailEntries, ENTRY_HEADER, type ClaimedEmail, type DeliveryItem } from '../../interactions';
import { composeEmail } from './compose-email';
import { MailerError, type Mailer, type OutgoingEmail } from './mailer';

export interface DeliveryOptions {
  /** Attempts per email before it is marked failed. */
  maxAttempts: number;
  /** First retry delay; doubles with every attempt (unless the service says when). */
  retryBaseMs: number;
  /** How long a sender holds the segment and an email it works on without its heartbeat. */
  claimMs: number;
}

export const deliveryLeaseName = (tenantId: string, loggedSegmentEntryNo: number) =>
  `${tenantId}:deliver-emails:${loggedSegmentEntryNo}`;

/** Emails read per query; each is then claimed by its primary key. */
const DUE_BATCH = 200;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A refusal that is ours, not the mail service's: this email cannot go as the data stands. */
const refused = (message: string) => new MailerError('refused', message);

/** What every email of a run shares, read once per run: the templates' email content and the salespeople. */
interface RunCache {
  content: Map<string, Promise<EmailContent | null>>;
  salespeople: Map<string, Promise<Salesperson | null>>;
}

const once = <T>(cache: Map<string, Promise<T>>, key: string, read: () => Promise<T>) => {
  if (!cache.has(key)) cache.set(key, read());
  return cache.get(key)!;
};

async function composeFor(tenantId: string, item: DeliveryItem, cache: RunCache): Promise<OutgoingEmail> {
  const [content, contact, salesperson] = await Promise.all([
    once(cache.content, item.templateCode, () => findEmailContent(tenantId, item.templateCode)),
    contactLookup.get(tenantId, item.contactNo),
    item.salespersonCode
      ? once(cache.salespeople, item.salespersonCode, () => salespersonLookup.get(tenantId, item.salespersonCode))
      : Promise.resolve(null),
  ]);
  if (!content)
    throw refused(
      `Interaction template ${item.templateCode} has no email content; add its email in the interaction ` +
        "template's correspondence, then send again.",
    );
  if (!contact) throw refused(`Contact ${item.contactNo} no longer exists.`);
  if (!contact.email) throw refused(`Contact ${item.contactNo} has no email address.`);
  const { subject, html } = composeEmail(content, mergeFieldsFor({ entry: item, contact, salesperson }));
  return {
    to: { address: contact.email, name: contact.name },
    subject,
    html,
    headers: { [ENTRY_HEADER]: `${tenantId}:${item.entryNo}` },
  };
}

/**
 * Sends one entry's email so that it goes at most once: the draft is made and remembered
 * before it is sent, so a sender that died after sending finds it in the sent items (or
 * still in the drafts, to send) instead of making another.
 */
async function sendOne(
  tenantId: string,
  item: DeliveryItem,
  mailer: Mailer,
  draft: { id?: string },
  cache: RunCache,
): Promise<'sent' | 'draftLost'> {
  if (draft.id) {
    if ((await mailer.draftState(draft.id)) === 'draft') {
      await mailer.send(draft.id);
      return 'sent';
    }
    return item.source.internetMessageId && (await mailer.isInSentItems(item.source.internetMessageId))
      ? 'sent'
      : 'draftLost';
  }
  const made = await mailer.createDraft(await composeFor(tenantId, item, cache));
  draft.id = made.id;
  await emailEntries.saveDraft(item.id, made.id, made.internetMessageId);
  await mailer.send(made.id);
  return 'sent';
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

const DRAFT_LOST =
  'The draft disappeared before Interlog saw it sent. Check your Sent Items; send again only if it is not there.';

/** Records how one attempt went; false when no email of this user can go now (consent, sign-in). */
async function attempt(
  tenantId: string,
  email: ClaimedEmail,
  mailer: Mailer,
  options: DeliveryOptions,
  cache: RunCache,
): Promise<boolean> {
  const { item } = email;
  const draft: { id?: string } = { id: item.delivery.draftId };
  try {
    const outcome = await sendOne(tenantId, item, mailer, draft, cache);
    if (outcome === 'sent') await email.sent();
    // Deleted from the drafts without being sent, or still on its way: sending again could make a second email.
    else await email.fail(DRAFT_LOST, ['draftId']);
    return true;
  } catch (error) {
    const kind = error instanceof MailerError ? error.kind : 'transient';
    if (kind === 'unauthorized') {
      await email.retryAt(new Date(), reason(error), { uncounted: true });
      return false;
    }
    const retryAfterMs = error instanceof MailerError ? error.retryAfterMs : undefined;
    const retryAt =
      kind === 'transient'
        ? nextAttemptAt(email.attempt, { maxAttempts: options.maxAttempts, baseMs: options.retryBaseMs }, retryAfterMs)
        : null;
    if (retryAt) {
      await email.retryAt(retryAt, reason(error));
      return true;
    }
    // Refused as it is (an address, the content): the next try composes it anew from the data fixed by then.
    const refusedDraft = kind === 'refused' ? draft.id : undefined;
    await email.fail(reason(error), refusedDraft !== undefined ? ['draftId'] : []);
    if (refusedDraft) await mailer.deleteDraft(refusedDraft).catch(() => undefined);
    return true;
  }
}

/** Makes the caller the one sender of a logged segment's emails (a lease); null while another sender is at work. */
export async function claimSender(
  tenantId: string,
  loggedSegmentEntryNo: number,
  claimMs: number,
): Promise<Lease | null> {
  const acquired = await acquireLease(deliveryLeaseName(tenantId, loggedSegmentEntryNo), claimMs);
  return 'lease' in acquired ? acquired.lease : null;
}

/**
 * Sends the pending emails of a logged segment, one at a time (the mail service throttles
 * a mailbox that sends fast), retrying throttled and failed ones with backoff until each is
 * sent or has failed for good; `lease` (from claimSender) is released at the end.
 */
export async function deliverEmails(
  tenantId: string,
  loggedSegmentEntryNo: number,
  mailer: Mailer,
  options: DeliveryOptions,
  lease: Lease,
): Promise<void> {
  const cache: RunCache = { content: new Map(), salespeople: new Map() };
  try {
    for (;;) {
      const ids = await emailEntries.dueIds(tenantId, loggedSegmentEntryNo, DUE_BATCH);
      let claimed = 0;
      for (const id of ids) {
        if (lease.lost) return;
        const outcome = await emailEntries.claim(tenantId, loggedSegmentEntryNo, id, options.claimMs, (email) =>
          attempt(tenantId, email, mailer, options, cache),
        );
        if (outcome) claimed++;
        if (outcome?.result === false) return;
      }
      if (claimed > 0) continue;
      const next = await emailEntries.nextDueAt(tenantId, loggedSegmentEntryNo);
      if (!next || lease.lost) return;
      // Due ones that could not be claimed belong to a sender that died: their claims run out soon.
      const floor = ids.length > 0 ? 50 : 10;
      await sleep(Math.min(Math.max(next.getTime() - Date.now(), floor), options.claimMs / 3));
    }
  } finally {
    await lease.release().catch(() => undefined);
  }
}
