import mongoose, { Schema } from 'mongoose';
import { createWorkQueue, type ClaimedJob } from '../../lib/db/work-queue';

export interface QueuedChange {
  _id: string;
  mailboxId: string;
  resourceId: string;
  status: 'pending' | 'processing' | 'done' | 'failed';
  attempts: number;
  /** Bumped by every notification for the item, so one that arrives mid-processing is not lost. */
  version: number;
  /** When it is due; while a worker has it, when the claim runs out. */
  nextAttemptAt: Date;
  lastError: string;
  receivedAt: Date;
}

const changeSchema = new Schema(
  {
    _id: { type: String, required: true },
    mailboxId: { type: String, required: true },
    resourceId: { type: String, required: true },
    status: { type: String, required: true },
    attempts: { type: Number, default: 0 },
    version: { type: Number, default: 0 },
    nextAttemptAt: { type: Date, required: true },
    lastError: { type: String, default: '' },
    receivedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'graph_notifications' },
);
changeSchema.index({ status: 1, nextAttemptAt: 1 });
changeSchema.index({ mailboxId: 1, status: 1 });
const QueuedChangeModel = mongoose.models.QueuedChange ?? mongoose.model('QueuedChange', changeSchema);

export type ClaimedChange = ClaimedJob<QueuedChange>;

const queue = createWorkQueue<QueuedChange>({
  name: 'graph-notification',
  model: QueuedChangeModel,
  statuses: { waiting: 'pending', working: 'processing', done: 'done', failed: 'failed' },
});
/** How long a worker has an item without its heartbeat. */
const CLAIM_MS = 60_000;

/**
 * Changed items waiting to be recorded, one document per mailbox and item: a notification
 * Graph delivers twice, or a delta query that finds the item again, queues it once.
 */
export const notificationQueueRepository = {
  async enqueue(mailboxId: string, resourceIds: string[], now = new Date()): Promise<void> {
    if (resourceIds.length === 0) return;
    await QueuedChangeModel.bulkWrite(
      [...new Set(resourceIds)].map((resourceId) => ({
        updateOne: {
          filter: { _id: `${mailboxId}|${resourceId}` },
          update: {
            $set: {
              mailboxId,
              resourceId,
              status: 'pending',
              attempts: 0,
              nextAttemptAt: now,
              lastError: '',
              receivedAt: now,
            },
            $inc: { version: 1 },
          },
          upsert: true,
        },
      })),
      { ordered: false },
    );
  },

  /**
   * Takes the next due item and runs `work` with it (which records how it went); null when
   * none is due. An item whose worker died is due again when its claim runs out.
   */
  claimNext: <R>(work: (change: ClaimedChange) => Promise<R>) =>
    queue.claimNext({ where: {}, claimMs: CLAIM_MS }, work),

  /** Forgets the items recorded before `olderThan`. */
  purgeDone: (olderThan: Date) => queue.purge({ receivedAt: { $lt: olderThan } }),

  count: (filter: Record<string, unknown>) => QueuedChangeModel.countDocuments(filter),
};
