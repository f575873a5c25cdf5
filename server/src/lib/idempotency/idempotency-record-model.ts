import mongoose, { Schema } from 'mongoose';

const idempotencyRecordSchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    requestHash: { type: String, required: true },
    state: { type: String, enum: ['pending', 'done'], required: true },
    // While pending: the request that holds the key, and until when (its heartbeat renews it).
    owner: String,
    lockedUntil: Date,
    response: { type: Schema.Types.Mixed },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'idempotency_records' },
);
// A TTL index on MongoDB; on FerretDB (no TTL) the purge worker deletes expired records.
idempotencyRecordSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export const IdempotencyRecordModel =
  mongoose.models.IdempotencyRecord ?? mongoose.model('IdempotencyRecord', idempotencyRecordSchema);
