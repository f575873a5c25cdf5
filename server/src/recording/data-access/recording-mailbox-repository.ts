import mongoose, { Schema } from 'mongoose';
import type { RecordingKind } from '../domain/recording-schema';

export interface RecordingMailbox {
  _id: string;
  tenantId: string;
  userId: string;
  kind: RecordingKind;
  /** The user's own address, to leave them out of a meeting's people. */
  userEmail: string;
  enabled: boolean;
  enabledAt: Date | null;
  subscriptionId: string;
  /** SHA-256 of the clientState sent to Graph; notifications must bring the secret itself. */
  clientStateHash: string;
  subscriptionExpiresAt: Date | null;
  deltaLink: string;
  nextCatchUpAt: Date | null;
  lastNotificationAt: Date | null;
  lastRecordedAt: Date | null;
  recorded: number;
  failedItems: number;
  lastError: string;
  failing: boolean;
  /** After a failed renewal or catch-up, workers leave the mailbox alone until then. */
  lockedUntil: Date | null;
}

const mailboxSchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    userId: { type: String, required: true },
    kind: { type: String, required: true },
    userEmail: { type: String, default: '' },
    enabled: { type: Boolean, default: false },
    enabledAt: { type: Date, default: null },
    subscriptionId: { type: String, default: '' },
    clientStateHash: { type: String, default: '' },
    subscriptionExpiresAt: { type: Date, default: null },
    deltaLink: { type: String, default: '' },
    nextCatchUpAt: { type: Date, default: null },
    lastNotificationAt: { type: Date, default: null },
    lastRecordedAt: { type: Date, default: null },
    recorded: { type: Number, default: 0 },
    failedItems: { type: Number, default: 0 },
    lastError: { type: String, default: '' },
    failing: { type: Boolean, default: false },
    lockedUntil: { type: Date, default: null },
  },
  { versionKey: false, collection: 'recording_mailboxes' },
);
mailboxSchema.index({ tenantId: 1, subscriptionId: 1 });
mailboxSchema.index({ enabled: 1, subscriptionExpiresAt: 1 });
mailboxSchema.index({ enabled: 1, nextCatchUpAt: 1 });
const RecordingMailboxModel = mongoose.models.RecordingMailbox ?? mongoose.model('RecordingMailbox', mailboxSchema);

export const mailboxId = (tenantId: string, userId: string, kind: RecordingKind) => `${tenantId}:${userId}:${kind}`;

export const recordingMailboxRepository = {
  async get(tenantId: string, userId: string, kind: RecordingKind): Promise<RecordingMailbox | null> {
    return RecordingMailboxModel.findById(mailboxId(tenantId, userId, kind)).lean<RecordingMailbox>();
  },

  async byId(id: string): Promise<RecordingMailbox | null> {
    return RecordingMailboxModel.findById(id).lean<RecordingMailbox>();
  },

  async bySubscription(tenantId: string, subscriptionId: string): Promise<RecordingMailbox | null> {
    return RecordingMailboxModel.findOne({ tenantId, subscriptionId, enabled: true }).lean<RecordingMailbox>();
  },

  async upsert(
    tenantId: string,
    userId: string,
    kind: RecordingKind,
    changes: Partial<RecordingMailbox>,
  ): Promise<void> {
    await RecordingMailboxModel.updateOne(
      { _id: mailboxId(tenantId, userId, kind) },
      { $set: { ...changes, tenantId, userId, kind } },
      { upsert: true },
    );
  },

  async update(
    id: string,
    changes: Partial<RecordingMailbox>,
    inc: Partial<Record<'recorded' | 'failedItems', number>> = {},
  ): Promise<void> {
    await RecordingMailboxModel.updateOne(
      { _id: id },
      { $set: changes, ...(Object.keys(inc).length ? { $inc: inc } : {}) },
    );
  },

  /**
   * Enabled mailboxes whose subscription is due for renewal (or missing) or whose catch-up is due, not waiting after a
   * failure.
   */
  async dueIds(renewBefore: Date, now: Date, limit: number): Promise<string[]> {
    const rows = await RecordingMailboxModel.find(
      {
        enabled: true,
        $and: [
          { $or: [{ lockedUntil: null }, { lockedUntil: { $lt: now } }] },
          {
            $or: [
              { subscriptionExpiresAt: null },
              { subscriptionExpiresAt: { $lt: renewBefore } },
              { nextCatchUpAt: null },
              { nextCatchUpAt: { $lte: now } },
            ],
          },
        ],
      },
      { _id: 1 },
    )
      .limit(limit)
      .lean<{ _id: string }[]>();
    return rows.map((r) => r._id);
  },

  /** The same test as dueIds, for one mailbox read again. */
  isDue(m: RecordingMailbox, renewBefore: Date, now: Date): boolean {
    const waiting = m.lockedUntil !== null && m.lockedUntil !== undefined && m.lockedUntil >= now;
    const renewal = !m.subscriptionExpiresAt || m.subscriptionExpiresAt < renewBefore;
    const catchUp = !m.nextCatchUpAt || m.nextCatchUpAt <= now;
    return m.enabled && !waiting && (renewal || catchUp);
  },

  /** Ends maintenance; `until` keeps workers off it for a while (a failed renewal waits before the next try). */
  async release(id: string, changes: Partial<RecordingMailbox> = {}, until: Date | null = null): Promise<void> {
    await RecordingMailboxModel.updateOne({ _id: id }, { $set: { ...changes, lockedUntil: until } });
  },
};
