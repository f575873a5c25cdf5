import mongoose, { Schema } from 'mongoose';

const numberSeriesSchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    code: { type: String, required: true },
    description: { type: String, default: '' },
    startingNo: { type: String, default: '' },
    lastNoUsed: { type: String, default: '' },
  },
  { versionKey: false, collection: 'number_series' },
);
numberSeriesSchema.index({ tenantId: 1, code: 1 }, { unique: true });

export const NumberSeriesModel = mongoose.models.NumberSeries ?? mongoose.model('NumberSeries', numberSeriesSchema);
