import mongoose, { Schema } from 'mongoose';
import { createKeyedRepository } from '../../lib/db/keyed-repository';
import type { InteractionGroup } from '../domain/interaction-group-schema';

const interactionGroupSchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    code: { type: String, required: true },
    description: { type: String, default: '' },
  },
  { versionKey: false, collection: 'interaction_groups' },
);
interactionGroupSchema.index({ tenantId: 1, code: 1 }, { unique: true });

export const InteractionGroupModel =
  mongoose.models.InteractionGroup ?? mongoose.model('InteractionGroup', interactionGroupSchema);

export const interactionGroupRepository = createKeyedRepository<InteractionGroup>(InteractionGroupModel, {
  key: 'code',
  label: 'Interaction group',
});
