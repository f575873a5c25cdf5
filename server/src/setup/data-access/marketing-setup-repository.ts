import mongoose, { Schema } from 'mongoose';
import { emptyMarketingSetup, type MarketingSetup } from '../domain/marketing-setup-schema';

const marketingSetupSchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    contactNos: { type: String, default: '' },
    segmentNos: { type: String, default: '' },
    defaultCorrespondenceType: { type: String, default: '' },
    defaultLanguageCode: { type: String, default: '' },
  },
  { versionKey: false, collection: 'marketing_setup' },
);
marketingSetupSchema.index({ tenantId: 1 }, { unique: true });

export const MarketingSetupModel = mongoose.models.MarketingSetup ?? mongoose.model('MarketingSetup', marketingSetupSchema);

export const marketingSetupRepository = {
  async get(tenantId: string): Promise<MarketingSetup> {
    const doc = await MarketingSetupModel.findOne({ _id: tenantId }, { _id: 0, tenantId: 0 }).lean<MarketingSetup>();
    return { ...emptyMarketingSetup, ...doc };
  },
  async put(tenantId: string, changes: Partial<MarketingSetup>): Promise<MarketingSetup> {
    await MarketingSetupModel.updateOne({ _id: tenantId }, { $set: changes, $setOnInsert: { tenantId } }, { upsert: true });
    return this.get(tenantId);
  },
};
