import mongoose, { Schema } from 'mongoose';
import { createKeyedRepository } from '../../lib/db/keyed-repository';
import type { InteractionTemplate } from '../domain/interaction-template-schema';

const interactionTemplateSchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    code: { type: String, required: true },
    description: { type: String, default: '' },
    interactionGroupCode: { type: String, default: '' },
    informationFlow: { type: String, default: '' },
    initiatedBy: { type: String, default: '' },
    unitCost: { type: Number, default: 0 },
    unitDurationMin: { type: Number, default: 0 },
    correspondenceType: { type: String, default: '' },
    ignoreContactCorrespondenceType: { type: Boolean, default: false },
    languageCode: { type: String, default: '' },
    campaignNo: { type: String, default: '' },
  },
  { versionKey: false, collection: 'interaction_templates' },
);
interactionTemplateSchema.index({ tenantId: 1, code: 1 }, { unique: true });
interactionTemplateSchema.index({ tenantId: 1, interactionGroupCode: 1 });

export const InteractionTemplateModel =
  mongoose.models.InteractionTemplate ?? mongoose.model('InteractionTemplate', interactionTemplateSchema);

export const interactionTemplateRepository = {
  ...createKeyedRepository<InteractionTemplate>(InteractionTemplateModel, {
    key: 'code',
    label: 'Interaction template',
    cacheMs: 5000,
  }),

  /** The first templates (by code) in the group: what keeps it from being deleted. */
  async usingGroup(
    tenantId: string,
    interactionGroupCode: string,
    limit: number,
  ): Promise<Pick<InteractionTemplate, 'code' | 'description'>[]> {
    return InteractionTemplateModel.find({ tenantId, interactionGroupCode }, { _id: 0, code: 1, description: 1 })
      .sort({ code: 1 })
      .limit(limit)
      .lean<Pick<InteractionTemplate, 'code' | 'description'>[]>();
  },

  async getMany(tenantId: string, codes: string[]): Promise<Map<string, InteractionTemplate>> {
    const rows = await InteractionTemplateModel.find({ tenantId, code: { $in: codes } }, { _id: 0, tenantId: 0 }).lean<
      InteractionTemplate[]
    >();
    return new Map(rows.map((t) => [t.code, t]));
  },
};
