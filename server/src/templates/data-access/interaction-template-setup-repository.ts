import mongoose, { Schema } from 'mongoose';
import { automaticInteractions, emptyTemplateSetup, type InteractionTemplateSetup } from '../domain/interaction-template-setup-schema';

const interactionTemplateSetupSchema = new Schema(
  {
    _id: { type: String, required: true }, tenantId: { type: String, required: true }, ...Object.fromEntries(automaticInteractions.map((name) => [name, { type: String, default: '' }])) },
  { versionKey: false, collection: 'interaction_template_setup' },
);
interactionTemplateSetupSchema.index({ tenantId: 1 }, { unique: true });

export const InteractionTemplateSetupModel = mongoose.models.InteractionTemplateSetup ?? mongoose.model('InteractionTemplateSetup', interactionTemplateSetupSchema);

export const interactionTemplateSetupRepository = {
  async get(tenantId: string): Promise<InteractionTemplateSetup> {
    const doc = await InteractionTemplateSetupModel.findOne({ _id: tenantId }, { _id: 0, tenantId: 0 }).lean<InteractionTemplateSetup>();
    return { ...emptyTemplateSetup, ...doc };
  },
  async put(tenantId: string, changes: Partial<InteractionTemplateSetup>): Promise<InteractionTemplateSetup> {
    await InteractionTemplateSetupModel.updateOne({ _id: tenantId }, { $set: changes, $setOnInsert: { tenantId } }, { upsert: true });
    return this.get(tenantId);
  },
  async usesTemplate(tenantId: string, code: string): Promise<boolean> {
    return (await InteractionTemplateSetupModel.exists({ tenantId, $or: automaticInteractions.map((name) => ({ [name]: code })) })) !== null;
  },
};
