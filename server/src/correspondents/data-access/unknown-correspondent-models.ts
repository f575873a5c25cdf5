import mongoose, { Schema } from 'mongoose';

// Every read and write goes by _id or an _id prefix range (FerretDB serves nothing else from an index).
const strict = { versionKey: false, strict: false } as const;

/** `<tenant>:uc:<address>`: one per address (an ignored address keeps its document, marked). */
export const CorrespondentModel =
  mongoose.models.UnknownCorrespondent ??
  mongoose.model(
    'UnknownCorrespondent',
    new Schema({ _id: String, tenantId: String }, { ...strict, collection: 'unknown_correspondents' }),
  );

/** `<tenant>:uci:<hex address>:<item key>`: the items kept for an address. */
export const KeptItemModel =
  mongoose.models.UnknownCorrespondentItem ??
  mongoose.model(
    'UnknownCorrespondentItem',
    new Schema({ _id: String, tenantId: String }, { ...strict, collection: 'unknown_correspondent_items' }),
  );

/** `<tenant>:ucr:<last seen, ms, 15 digits>:<address>`: one per listed address, the list's order. */
export const RecencyModel =
  mongoose.models.UnknownCorrespondentRecency ??
  mongoose.model(
    'UnknownCorrespondentRecency',
    new Schema({ _id: String }, { ...strict, collection: 'unknown_correspondent_recency' }),
  );
