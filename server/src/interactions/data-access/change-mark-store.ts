import mongoose, { Schema } from 'mongoose';
import { ORDERED_LINKS_COLLECTION, insertInOrder } from '../../lib/db/ordered-links';

const markSchema = (collection: string) =>
  new Schema(
    { _id: { type: String, required: true }, ref: { type: Schema.Types.Mixed }, at: Date, n: Number },
    { versionKey: false, collection },
  );
/**
 * Marks live beside the entry links, in their collection, so that a write's pending mark and its
 * links go in one insert (one write less before each batch of entries). Read and deleted by `_id`
 * only: a tenant's marks are the range `<tenant>:sm:`.
 */
const MarkModel =
  mongoose.models.EntryChangeMark ?? mongoose.model('EntryChangeMark', markSchema(ORDERED_LINKS_COLLECTION));
/** Where marks were written before they moved beside the links: still read, folded and deleted. */
const EarlierMarkModel =
  mongoose.models.EntryChangeMarkEarlier ?? mongoose.model('EntryChangeMarkEarlier', markSchema('entry_changes'));
const models = [MarkModel, EarlierMarkModel];

type Row = { _id: string; at: Date; n?: number };

export const changeMarkStore = {
  /** Marks and their documents, in this order, in one insert. */
  insert: (docs: object[]) => insertInOrder(MarkModel.collection, docs),

  /** Up to `limit` marks with `_id` from `from` (inclusive) below `to`, in `_id` order, without what they name. */
  async range(from: string, to: string, limit: number): Promise<Row[]> {
    const found = await Promise.all(
      models.map((model) =>
        model
          .find({ _id: { $gte: from, $lt: to } }, { ref: 0 })
          .sort({ _id: 1 })
          .limit(limit)
          .lean<Row[]>(),
      ),
    );
    return found
      .flat()
      .sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))
      .slice(0, limit);
  },

  async byId<T>(_id: string, projection?: Record<string, 1>): Promise<T | null> {
    for (const model of models) {
      const row = await model.findById(_id, projection).lean<T>();
      if (row) return row as T;
    }
    return null;
  },

  async delete(ids: string[]): Promise<void> {
    await Promise.all(models.flatMap((model) => ids.map((_id) => model.deleteOne({ _id }))));
  },
};
