import mongoose, { Schema } from 'mongoose';

const interactionLogEntrySchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    entryNo: { type: Number, required: true },
    // Unique per tenant: the Idempotency-Key, the segment line being logged, or a random id.
    requestKey: { type: String, required: true },
    requestHash: { type: String, default: '' },
    // Deleted entries stay as tombstones so that their numbers and request keys are never reused.
    deleted: { type: Boolean, default: false },
    contactNo: String,
    contactName: String,
    contactCompanyNo: String,
    contactCompanyName: String,
    date: Date,
    description: String,
    interactionGroupCode: String,
    templateCode: String,
    templateDescription: String,
    informationFlow: String,
    initiatedBy: String,
    cost: Number,
    durationMin: Number,
    evaluation: String,
    attemptFailed: Boolean,
    comment: String,
    personalNote: String,
    postponed: Boolean,
    canceled: Boolean,
    salespersonCode: String,
    salespersonName: String,
    subject: String,
    correspondenceType: String,
    languageCode: String,
    campaignNo: String,
    opportunityNo: String,
    segmentNo: String,
    loggedSegmentEntryNo: { type: Number, default: null },
    // The letters document (correspondence) that holds this entry's hard copy; unset when none.
    attachmentNo: { type: Number },
    // The email of a segment entry sent through Graph (delivery); unset when none was asked for.
    delivery: { type: Schema.Types.Mixed },
    source: { type: Schema.Types.Mixed },
    userId: String,
    createdAt: Date,
  },
  { versionKey: false, collection: 'interaction_log_entries' },
);
interactionLogEntrySchema.index({ tenantId: 1, entryNo: 1 }, { unique: true });
// No index on requestKey: an entry's _id is `<tenant>:<requestKey>`, unique already, and read by that.
interactionLogEntrySchema.index({ tenantId: 1, contactNo: 1, entryNo: -1 });
// A company's entries (its persons' too) and a group's: recounts of their statistics.
interactionLogEntrySchema.index({ tenantId: 1, contactCompanyNo: 1, entryNo: -1 });
interactionLogEntrySchema.index({ tenantId: 1, interactionGroupCode: 1, entryNo: -1 });
interactionLogEntrySchema.index({ tenantId: 1, salespersonCode: 1, entryNo: -1 });
interactionLogEntrySchema.index({ tenantId: 1, templateCode: 1, entryNo: -1 });
interactionLogEntrySchema.index({ tenantId: 1, segmentNo: 1, entryNo: -1 });
interactionLogEntrySchema.index({ tenantId: 1, loggedSegmentEntryNo: 1, entryNo: -1 });
interactionLogEntrySchema.index({ tenantId: 1, postponed: 1, userId: 1, entryNo: -1 });
interactionLogEntrySchema.index({ tenantId: 1, canceled: 1, entryNo: -1 });
interactionLogEntrySchema.index({ tenantId: 1, date: -1 });
interactionLogEntrySchema.index({ tenantId: 1, 'source.internetMessageId': 1 });
interactionLogEntrySchema.index({ tenantId: 1, 'source.iCalUId': 1 });
interactionLogEntrySchema.index({
  tenantId: 1,
  loggedSegmentEntryNo: 1,
  'delivery.status': 1,
  'delivery.nextAttemptAt': 1,
});

export const InteractionLogEntryModel =
  mongoose.models.InteractionLogEntry ?? mongoose.model('InteractionLogEntry', interactionLogEntrySchema);
