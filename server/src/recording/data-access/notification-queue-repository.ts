import mongoose, { Schema } from 'mongoose';

export interface QueuedChange {
  _id: string;
  mailboxId: string;
  resourceId: string;
  status: 'pending' | 'processing' | 'done' | 'failed';
  attempts: number;
  /** Bumped by every notification for the item, so one that arrives mid-processing is not lost. */
  version: number;
  nextAttemptAt: Date;
  lockedUntil: Date | null;
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
    lockedUntil: { type: Date, default: null },
    lastError: { type: String, default: '' },
    receivedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'graph_notifications' },
);
changeSchema.index({ status: 1, nextAttemptAt: 1 });
changeSchema.index({ mailboxId: 1, status: 1 });
const QueuedChangeModel = mongoose.models.QueuedChange ?? mongoose.model('QueuedChange', changeSchema);

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

  /** Takes the next due item for one worker; an item whose worker died is due again when its lock runs out. */
  async claimNext(now: Date, lockMs: number): Promise<QueuedChange | null> {
    return QueuedChangeModel.findOneAndUpdate(
      {
        $or: [
          { status: 'pending', nextAttemptAt: { $lte: now } },
          { status: 'processing', lockedUntil: { $lt: now } },
        ],
      },
      { $set: { status: 'processing', lockedUntil: new Date(now.getTime() + lockMs) }, $inc: { attempts: 1 } },
      { returnDocument: 'after', sort: { nextAttemptAt: 1 } },
    ).lean<QueuedChange>();
  },

  /** Done, unless another notification for the item came in meanwhile (then it stays pending). */
  async complete(change: QueuedChange): Promise<void> {
    await QueuedChangeModel.updateOne(
      { _id: change._id, version: change.version, status: 'processing' },
      { $set: { status: 'done', lockedUntil: null } },
    );
  },

  async retryLater(change: QueuedChange, error: string, at: Date): Promise<void> {
    await QueuedChangeModel.updateOne(
      { _id: change._id, status: 'processing' },
      { $set: { status: 'pending', nextAttemptAt: at, lastError: error, lockedUntil: null } },
    );
  },

  async fail(change: QueuedChange, error: string): Promise<void> {
    await QueuedChangeModel.updateOne(
      { _id: change._id, status: 'processing' },
      { $set: { status: 'failed', lastError: error, lockedUntil: null } },
    );
  },

  async purgeDone(olderThan: Date): Promise<void> {
    await QueuedChangeModel.deleteMany({ status: 'done', receivedAt: { $lt: olderThan } });
  },

  count: (filter: Record<string, unknown>) => QueuedChangeModel.countDocuments(filter),
};
