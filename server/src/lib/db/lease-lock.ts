import mongoose, { Schema } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { isDuplicateKeyError } from './duplicate-key';

const leaseSchema = new Schema(
  {
    _id: { type: String, required: true },
    owner: { type: String, required: true },
    lockedUntil: { type: Date, required: true },
  },
  { versionKey: false, collection: 'leases' },
);
const LeaseModel = mongoose.models.Lease ?? mongoose.model('Lease', leaseSchema);

export interface Lease {
  /** Extends the lease; false when it was lost (expired and taken over). */
  renew(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * A lease held in the database, so that only one process at a time does a job even
 * across several API instances. Its insert is guarded by the unique `_id`, which both
 * MongoDB and FerretDB enforce atomically; a holder that died is taken over once its
 * lease has expired. Returns null while another live holder has it, with its expiry.
 */
export async function acquireLease(name: string, leaseMs: number): Promise<{ lease: Lease } | { heldUntil: Date }> {
  const owner = randomUUID();
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await LeaseModel.collection.insertOne({ _id: name, owner, lockedUntil: new Date(Date.now() + leaseMs) } as never);
      return {
        lease: {
          renew: async () =>
            (
              await LeaseModel.updateOne(
                { _id: name, owner },
                { $set: { lockedUntil: new Date(Date.now() + leaseMs) } },
              )
            ).matchedCount === 1,
          release: async () => {
            await LeaseModel.deleteOne({ _id: name, owner });
          },
        },
      };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const current = await LeaseModel.findById(name).lean<{ owner: string; lockedUntil: Date }>();
      if (current && current.lockedUntil.getTime() > Date.now()) return { heldUntil: current.lockedUntil };
      if (current) await LeaseModel.deleteOne({ _id: name, owner: current.owner, lockedUntil: current.lockedUntil });
    }
  }
  return { heldUntil: new Date(Date.now() + leaseMs) };
}

/** Whether a live holder has the lease now. */
export async function isLeaseHeld(name: string): Promise<boolean> {
  const current = await LeaseModel.findById(name).lean<{ lockedUntil: Date }>();
  return current !== null && current.lockedUntil.getTime() > Date.now();
}
