import mongoose, { Schema } from 'mongoose';

/** Per-tenant sequences (interaction log entry numbers, logged segment numbers). */
const counterSchema = new Schema(
  { _id: { type: String, required: true }, seq: { type: Number, required: true, default: 0 } },
  { versionKey: false, collection: 'counters' },
);

export const CounterModel = mongoose.models.Counter ?? mongoose.model('Counter', counterSchema);
