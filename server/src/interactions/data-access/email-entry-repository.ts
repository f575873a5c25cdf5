import { InteractionLogEntryModel } from './interaction-log-entry-model';
import { entriesByMessage } from './entries-by-message';
import { entryChanges } from './entry-changes';
import type { CorrespondenceEntry, InteractionLogEntry } from '../domain/interaction-log-entry-schema';
import {
  deliveryStatuses,
  type DeliveryStatus,
  type StoredEmailDelivery,
  type DeliveryProblem,
} from '../domain/email-delivery-schema';
import { createWorkQueue, type ClaimedJob } from '../../lib/db/work-queue';

/** What sending an entry's email needs of it. */
export type DeliveryItem = CorrespondenceEntry &
  Pick<InteractionLogEntry, 'source'> & { id: string; delivery: StoredEmailDelivery };

const live = (tenantId: string, loggedSegmentEntryNo: number) => ({
  tenantId,
  loggedSegmentEntryNo,
  deleted: false,
  canceled: false,
});
type ItemRow = Omit<DeliveryItem, 'date' | 'id'> & { _id: string; date: Date };
const toItem = (row: ItemRow): DeliveryItem => ({
  id: row._id,
  entryNo: row.entryNo,
  contactNo: row.contactNo,
  contactName: row.contactName,
  templateCode: row.templateCode,
  subject: row.subject,
  description: row.description,
  date: row.date.toISOString(),
  segmentNo: row.segmentNo,
  salespersonCode: row.salespersonCode,
  languageCode: row.languageCode,
  ...(row.personalNote ? { personalNote: row.personalNote } : {}),
  source: row.source,
  delivery: row.delivery,
});

/** Each email entry's delivery is a job: claimed by one sender, retried later, failed, sent. */
const queue = createWorkQueue<ItemRow>({
  name: 'segment-email',
  model: InteractionLogEntryModel,
  at: 'delivery',
  statuses: { waiting: 'pending', working: 'sending', done: 'sent', failed: 'failed' },
});

/** An email claimed by a sender: it ends with sent, retryAt or fail (forgetting `draftId` when a new draft is due). */
export type ClaimedEmail = Omit<ClaimedJob<unknown>, 'doc' | 'complete'> & {
  item: DeliveryItem;
  sent(): Promise<void>;
};

/** Interaction log entries as the delivery of their emails sees them (for delivery): each email entry's send state. */
export const emailEntries = {
  /** Gives every email entry of the logged segment a pending delivery, once (a second call finds them marked). */
  async markPending(tenantId: string, loggedSegmentEntryNo: number): Promise<void> {
    const pending: StoredEmailDelivery = {
      status: 'pending',
      attempts: 0,
      lastError: '',
      sentAt: null,
      nextAttemptAt: new Date(0),
    };
    await entryChanges.around(tenantId, { filter: { loggedSegmentEntryNo } }, () =>
      InteractionLogEntryModel.updateMany(
        { ...live(tenantId, loggedSegmentEntryNo), correspondenceType: 'email', delivery: { $exists: false } },
        { $set: { delivery: pending } },
      ),
    );
  },

  /** Emails due now (pending, or their sender's claim ran out), in entry order: one query for many claims. */
  dueIds: (tenantId: string, loggedSegmentEntryNo: number, limit: number) =>
    queue.dueIds(live(tenantId, loggedSegmentEntryNo), limit, { entryNo: 1 }),

  /** Takes a due email for `claimMs` and runs `work` with it; null when another sender has it or it is not due. */
  claim: <R>(
    tenantId: string,
    loggedSegmentEntryNo: number,
    id: string,
    claimMs: number,
    work: (email: ClaimedEmail) => Promise<R>,
  ) =>
    queue.claim(id, { where: live(tenantId, loggedSegmentEntryNo), claimMs }, (job) =>
      work({
        id: job.id,
        attempt: job.attempt,
        item: toItem(job.doc),
        sent: () => entryChanges.around(tenantId, { ids: [job.id] }, () => job.complete({ sentAt: new Date() })),
        retryAt: job.retryAt,
        fail: (...args) => entryChanges.around(tenantId, { ids: [job.id] }, () => job.fail(...args)),
      }),
    ),

  /** When the next email waiting for a retry (or another sender's claim) becomes due; null when none waits. */
  nextDueAt: (tenantId: string, loggedSegmentEntryNo: number) => queue.nextDueAt(live(tenantId, loggedSegmentEntryNo)),

  /** The draft made for the entry: from now on the entry names the message (dedupes automatic recording). */
  async saveDraft(id: string, draftId: string, internetMessageId: string): Promise<void> {
    const row = await InteractionLogEntryModel.findOne({ _id: id }, { tenantId: 1 }).lean<{ tenantId: string }>();
    if (row) await entriesByMessage.link(row.tenantId, [{ _id: id, source: { internetMessageId } }]);
    await InteractionLogEntryModel.updateOne(
      { _id: id },
      { $set: { 'delivery.draftId': draftId, source: { type: 'email', internetMessageId } } },
    );
  },

  /** Puts failed emails (and those waiting for a retry) back in line for a new run. */
  requeue: (tenantId: string, loggedSegmentEntryNo: number) =>
    entryChanges.around(tenantId, { filter: { loggedSegmentEntryNo } }, () =>
      queue.requeue(live(tenantId, loggedSegmentEntryNo)),
    ),

  count(tenantId: string, loggedSegmentEntryNo: number, status: DeliveryStatus): Promise<number> {
    return InteractionLogEntryModel.countDocuments({
      ...live(tenantId, loggedSegmentEntryNo),
      'delivery.status': status,
    });
  },

  async countByStatus(tenantId: string, loggedSegmentEntryNo: number): Promise<Record<DeliveryStatus, number>> {
    const [pending, sending, sent, failed] = await Promise.all(
      deliveryStatuses.map((status) => emailEntries.count(tenantId, loggedSegmentEntryNo, status)),
    );
    return { pending, sending, sent, failed };
  },

  /** Failed emails, and pending ones whose last attempt failed, in entry order. */
  async problems(tenantId: string, loggedSegmentEntryNo: number, limit: number): Promise<DeliveryProblem[]> {
    const rows = await InteractionLogEntryModel.find(
      {
        ...live(tenantId, loggedSegmentEntryNo),
        $or: [{ 'delivery.status': 'failed' }, { 'delivery.status': 'pending', 'delivery.lastError': { $ne: '' } }],
      },
      { _id: 0, entryNo: 1, contactNo: 1, contactName: 1, delivery: 1 },
    )
      .sort({ entryNo: 1 })
      .limit(limit)
      .lean<Array<{ entryNo: number; contactNo: string; contactName: string; delivery: StoredEmailDelivery }>>();
    return rows.map(({ delivery, ...row }) => ({
      ...row,
      status: delivery.status,
      attempts: delivery.attempts,
      lastError: delivery.lastError,
    }));
  },
};
