import type { UnknownCorrespondent } from '../domain/unknown-correspondent-schema';
import { CorrespondentModel } from './unknown-correspondent-models';

/** A correspondent as stored: the listed fields, whether it is ignored, and where it stands in the recency index. */
export interface StoredCorrespondent extends Omit<UnknownCorrespondent, 'firstSeenAt' | 'lastSeenAt'> {
  firstSeenAt: Date;
  lastSeenAt: Date;
  ignored: boolean;
  /** Its key in the recency index (null while ignored). */
  recencyKey: string | null;
  /** The contact made from it, while the missed items are being recorded (a retry goes on with it). */
  contactNo?: string;
}

const idOf = (tenantId: string, address: string) => `${tenantId}:uc:${address}`;
const projection = { _id: 0, tenantId: 0 };

export const correspondentRepository = {
  get: (tenantId: string, address: string) =>
    CorrespondentModel.findOne({ _id: idOf(tenantId, address) }, projection).lean<StoredCorrespondent>(),

  async getMany(tenantId: string, addresses: string[]): Promise<Map<string, StoredCorrespondent>> {
    if (addresses.length === 0) return new Map();
    const rows = await CorrespondentModel.find(
      { _id: { $in: addresses.map((a) => idOf(tenantId, a)) } },
      projection,
    ).lean<StoredCorrespondent[]>();
    return new Map(rows.map((row) => [row.address, row]));
  },

  /** Writes the whole record (callers hold the address's lease, so no field is lost to a concurrent write). */
  async put(tenantId: string, doc: StoredCorrespondent): Promise<void> {
    await CorrespondentModel.collection.replaceOne(
      { _id: idOf(tenantId, doc.address) } as never,
      { ...doc, tenantId },
      { upsert: true },
    );
  },

  async remove(tenantId: string, address: string): Promise<boolean> {
    return (await CorrespondentModel.deleteOne({ _id: idOf(tenantId, address) })).deletedCount > 0;
  },
};
