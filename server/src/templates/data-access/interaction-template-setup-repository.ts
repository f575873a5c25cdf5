import { createTenantSingletonRepository } from '../../lib/db/tenant-singleton-repository';
import mongoose, { Schema } from 'mongoose';
import {
  automaticInteractions,
  emptyTemplateSetup,
  type InteractionTemplateSetup,
} from '../domain/interaction-template-setup-schema';

const interactionTemplateSetupSchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    ...Object.fromEntries(automaticInteractions.map((name) => [name, { type: String, default: '' }])),
  },
  { versionKey: false, collection: 'interaction_template_setup' },
);
interactionTemplateSetupSchema.index({ tenantId: 1 }, { unique: true });

export const InteractionTemplateSetupModel =
  mongoose.models.InteractionTemplateSetup ??
  mongoose.model('InteractionTemplateSetup', interactionTemplateSetupSchema);

export const interactionTemplateSetupRepository = {
  ...createTenantSingletonRepository<InteractionTemplateSetup>(
    InteractionTemplateSetupModel,
    emptyTemplateSetup,
    'The interaction template setup',
  ),
  async usesTemplate(tenantId: string, code: string): Promise<boolean> {
    return (
      (await InteractionTemplateSetupModel.exists({
        tenantId,
        $or: automaticInteractions.map((name) => ({ [name]: code })),
      })) !== null
    );
  },
};
