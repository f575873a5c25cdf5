import mongoose, { Schema } from 'mongoose';

const statisticsSchema = new Schema(
  { _id: { type: String, required: true }, tenantId: String },
  { versionKey: false, strict: false, collection: 'statistics' },
);
// Every document is read and written by `_id` only: `<tenant>:st:<record>` totals, `<tenant>:sw:<monday>`
// weeks, `<tenant>:sa:<block>` what was folded of each entry, `<tenant>:sj` the journal of a fold,
// `<tenant>:sb` that the entries from before the statistics were folded.
const StatisticsModel = mongoose.models.Statistics ?? mongoose.model('Statistics', statisticsSchema);
const collection = () => StatisticsModel.collection;

export type StoredDoc = { _id: string } & Record<string, unknown>;

export const totalsId = (tenantId: string, dim: string) => `${tenantId}:st:${dim}`;
export const weekId = (tenantId: string, week: string) => `${tenantId}:sw:${week}`;
export const appliedId = (tenantId: string, block: number) => `${tenantId}:sa:${block}`;
export const journalId = (tenantId: string) => `${tenantId}:sj`;
export const backfillId = (tenantId: string) => `${tenantId}:sb`;

/** The statistics' documents, each by `_id` (the only reads FerretDB serves from an index). */
export const statisticsDocs = {
  async get<T extends StoredDoc>(_id: string): Promise<T | null> {
    return (await collection().findOne({ _id } as never)) as T | null;
  },

  /** Several documents by `_id`, one lookup each (in parallel); missing ones are absent from the map. */
  async getMany<T extends StoredDoc>(ids: string[]): Promise<Map<string, T>> {
    const docs: Array<T | null> = await Promise.all([...new Set(ids)].map((_id) => this.get<T>(_id)));
    return new Map(docs.flatMap((d) => (d ? [[d._id, d] as const] : [])));
  },

  /** The documents whose `_id` runs from `from` to `to` (inclusive): an `_id` range read. */
  async range<T extends StoredDoc>(from: string, to: string): Promise<T[]> {
    return (await collection()
      .find({ _id: { $gte: from, $lte: to } } as never)
      .toArray()) as unknown as T[];
  },

  async put(doc: StoredDoc): Promise<void> {
    await collection().replaceOne({ _id: doc._id } as never, doc, { upsert: true });
  },

  /** Whole documents written in one command (each replaced or inserted by `_id`). */
  async putMany(docs: StoredDoc[]): Promise<void> {
    if (docs.length === 0) return;
    await collection().bulkWrite(
      docs.map((doc) => ({ replaceOne: { filter: { _id: doc._id } as never, replacement: doc, upsert: true } })),
      { ordered: false },
    );
  },

  async update(_id: string, tenantId: string, set: Record<string, unknown>, unset: string[] = []): Promise<void> {
    await collection().updateOne(
      { _id } as never,
      {
        $set: { tenantId, ...set },
        ...(unset.length ? { $unset: Object.fromEntries(unset.map((f) => [f, ''])) } : {}),
      },
      { upsert: true },
    );
  },

  async insert(doc: StoredDoc): Promise<void> {
    await collection().insertOne(doc as never);
  },

  async remove(_id: string): Promise<void> {
    await collection().deleteOne({ _id } as never);
  },
};
