import { InteractionLogEntryModel } from '../../interactions/data-access/interaction-log-entry-model';
import type { InteractionLogEntry } from '../../interactions/domain/interaction-log-entry-schema';
import {
  deliveryStatuses,
  type DeliveryStatus,
  type StoredEmailDelivery,
} from '../../interactions/domain/email-delivery-schema';
import type { DeliveryProblem } from '../domain/delivery-schema';

/** What sending an entry's email needs of it. */
export type DeliveryItem = Pick<
  InteractionLogEntry,
  | 'entryNo'
  | 'contactNo'
  | 'contactName'
  | 'templateCode'
  | 'subject'
  | 'description'
  | 'date'
  | 'segmentNo'
  | 'salespersonCode'
  | 'languageCode'
  | 'source'
> & { id: string; delivery: StoredEmailDelivery };

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
  source: row.source,
  delivery: row.delivery,
});
const due = () => ({
  'delivery.status': { $in: ['pending', 'sending'] },
  'delivery.nextAttemptAt': { $lte: new Date() },
});

/** The delivery component's view of interaction log entries: the email of each entry logged with correspondence type email. */
export const deliveryRepository = {
  /** Gives every email entry of the logged segment a pending delivery, once (a second call finds them marked). */
  async markPending(tenantId: string, loggedSegmentEntryNo: number): Promise<void> {
    const pending: StoredEmailDelivery = {
      status: 'pending',
      attempts: 0,
      lastError: '',
      sentAt: null,
      nextAttemptAt: new Date(0),
    };
    await InteractionLogEntryModel.updateMany(
      { ...live(tenantId, loggedSegmentEntryNo), correspondenceType: 'email', delivery: { $exists: false } },
      { $set: { delivery: pending } },
    );
  },

  /** Emails due now (pending, or claimed by a sender whose claim ran out), in entry order: one query for many claims. */
  async dueIds(tenantId: string, loggedSegmentEntryNo: number, limit: number): Promise<string[]> {
    const rows = await InteractionLogEntryModel.find({ ...live(tenantId, loggedSegmentEntryNo), ...due() }, { _id: 1 })
      .sort({ entryNo: 1 })
      .limit(limit)
      .lean<{ _id: string }[]>();
    return rows.map((r) => r._id);
  },

  /** Takes a due email for `claimMs` (a primary-key update); null when another sender took it or it is no longer due. */
  async claim(id: string, claimMs: number): Promise<DeliveryItem | null> {
    const row = await InteractionLogEntryModel.findOneAndUpdate(
      { _id: id, deleted: false, canceled: false, ...due() },
      { $set: { 'delivery.status': 'sending', 'delivery.nextAttemptAt': new Date(Date.now() + claimMs) } },
      // FerretDB 1.x has no projection on findAndModify: the whole entry comes back.
      { returnDocument: 'after' },
    ).lean<ItemRow>();
    return row ? toItem(row) : null;
  },

  /** When the next email waiting for a retry (or another sender's claim) becomes due; null when none waits. */
  async nextDueAt(tenantId: string, loggedSegmentEntryNo: number): Promise<Date | null> {
    const row = await InteractionLogEntryModel.findOne(
      { ...live(tenantId, loggedSegmentEntryNo), 'delivery.status': { $in: ['pending', 'sending'] } },
      { _id: 0, delivery: 1 },
    )
      .sort({ 'delivery.nextAttemptAt': 1 })
      .lean<{ delivery: StoredEmailDelivery }>();
    return row ? new Date(row.delivery.nextAttemptAt) : null;
  },

  /** The draft made for the entry: from now on the entry names the message (dedupes automatic recording). */
  async saveDraft(id: string, draftId: string, internetMessageId: string): Promise<void> {
    await InteractionLogEntryModel.updateOne(
      { _id: id },
      { $set: { 'delivery.draftId': draftId, source: { type: 'email', internetMessageId } } },
    );
  },

  async markSent(id: string, attempts: number): Promise<void> {
    await InteractionLogEntryModel.updateOne(
      { _id: id },
      {
        $set: {
          'delivery.status': 'sent',
          'delivery.attempts': attempts,
          'delivery.lastError': '',
          'delivery.sentAt': new Date(),
        },
      },
    );
  },

  async retryLater(id: string, attempts: number, lastError: string, at: Date): Promise<void> {
    await InteractionLogEntryModel.updateOne(
      { _id: id },
      {
        $set: {
          'delivery.status': 'pending',
          'delivery.attempts': attempts,
          'delivery.lastError': lastError,
          'delivery.nextAttemptAt': at,
        },
      },
    );
  },

  /** Gives up on the email until someone sends again; `forgetDraft` when a new draft must be made then. */
  async markFailed(id: string, attempts: number, lastError: string, forgetDraft = false): Promise<void> {
    await InteractionLogEntryModel.updateOne(
      { _id: id },
      {
        $set: { 'delivery.status': 'failed', 'delivery.attempts': attempts, 'delivery.lastError': lastError },
        ...(forgetDraft ? { $unset: { 'delivery.draftId': '' } } : {}),
      },
    );
  },

  /** Puts failed emails (and those waiting for a retry) back in line for a new run. */
  async requeue(tenantId: string, loggedSegmentEntryNo: number): Promise<void> {
    await InteractionLogEntryModel.updateMany(
      { ...live(tenantId, loggedSegmentEntryNo), 'delivery.status': { $in: ['failed', 'pending'] } },
      { $set: { 'delivery.status': 'pending', 'delivery.attempts': 0, 'delivery.nextAttemptAt': new Date(0) } },
    );
  },

  count(tenantId: string, loggedSegmentEntryNo: number, status: DeliveryStatus): Promise<number> {
    return InteractionLogEntryModel.countDocuments({
      ...live(tenantId, loggedSegmentEntryNo),
      'delivery.status': status,
    });
  },

  async countByStatus(tenantId: string, loggedSegmentEntryNo: number): Promise<Record<DeliveryStatus, number>> {
    const [pending, sending, sent, failed] = await Promise.all(
      deliveryStatuses.map((status) => deliveryRepository.count(tenantId, loggedSegmentEntryNo, status)),
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
