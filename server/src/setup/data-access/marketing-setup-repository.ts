import { createTenantSingletonRepository } from '../../lib/db/tenant-singleton-repository';
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

export const MarketingSetupModel =
  mongoose.models.MarketingSetup ?? mongoose.model('MarketingSetup', marketingSetupSchema);

export const marketingSetupRepository = createTenantSingletonRepository<MarketingSetup>(
  MarketingSetupModel,
  emptyMarketingSetup,
  'The marketing setup',
  { cacheMs: 5000 },
);
