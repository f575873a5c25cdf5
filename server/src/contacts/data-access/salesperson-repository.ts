import mongoose, { Schema } from 'mongoose';
import { createKeyedRepository } from '../../lib/db/keyed-repository';
import type { Salesperson } from '../domain/salesperson-schema';

const salespersonSchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    code: { type: String, required: true },
    name: { type: String, default: '' },
    email: { type: String, default: '' },
  },
  { versionKey: false, collection: 'salespeople' },
);
salespersonSchema.index({ tenantId: 1, code: 1 }, { unique: true });

export const SalespersonModel = mongoose.models.Salesperson ?? mongoose.model('Salesperson', salespersonSchema);

export const salespersonRepository = createKeyedRepository<Salesperson>(SalespersonModel, {
  key: 'code',
  label: 'Salesperson',
});
