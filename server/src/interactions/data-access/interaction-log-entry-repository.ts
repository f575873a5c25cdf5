import mongoose from 'mongoose';
import { reserveNumbers, advanceNumbersTo, currentNumber } from '../../lib/db/counter-repository';
import { allocateAndInsertMany } from '../../lib/db/allocate-number';
import { numberBlock, type NumberSource } from '../../lib/db/number-block';
import { insertManyInChunks } from '../../lib/db/insert-many-in-chunks';
import { decodeCursor, pageOf } from '../../lib/http/cursor';
import type { EntryFilter, InteractionLogEntry } from '../domain/interaction-log-entry-schema';
import type { EntryDraft } from '../domain/resolve-interaction';
import { toPublicDelivery, type StoredEmailDelivery } from '../domain/email-delivery-schema';
import { InteractionLogEntryModel } from './interaction-log-entry-model';
import { entriesByMessage } from './entries-by-message';
import { entryLinks } from './entry-links';
import { entryChanges, type Ready } from './entry-changes';
import { factsOf } from './entry-facts-fields';

export const ENTRY_SEQUENCE = 'interactionLogEntry';
const projection = { _id: 0, tenantId: 0, requestKey: 0, requestHash: 0, deleted: 0 } as const;

export interface KeyedDraft {
  requestKey: string;
  requestHash?: string;
  draft: EntryDraft;
}

type StoredEntry = Omit<InteractionLogEntry, 'date' | 'createdAt' | 'delivery'> & {
  date: Date;
  createdAt: Date;
  delivery?: StoredEmailDelivery;
};

/** The tenant's entry numbers, a reservation at a time. */
const entrySequence = (tenantId: string): NumberSource => ({
  reserve: (count) => reserveNumbers(tenantId, ENTRY_SEQUENCE, count),
  advancePast: (no) => advanceNumbersTo(tenantId, ENTRY_SEQUENCE, no),
});

/** How a bulk write of entries goes: where its numbers come from, how many entries one insert takes. */
export interface BulkOptions {
  now?: Date;
  numbers?: NumberSource;
  perInsert?: number;
}

/** An entry's _id is its request key: the idempotency guard and a primary-key lookup. */
export const entryId = (tenantId: string, requestKey: string) => `${tenantId}:${requestKey}`;

export function toEntry({ delivery, ...doc }: StoredEntry): InteractionLogEntry {
  return {
    ...doc,
    date: doc.date.toISOString(),
    createdAt: doc.createdAt.toISOString(),
    ...(delivery ? { delivery: toPublicDelivery(delivery) } : {}),
  };
}

export function toFilter(tenantId: string, f: EntryFilter): Record<string, unknown> {
  const filter: Record<string, unknown> = { tenantId, deleted: false };
  if (f.contactNo) filter.contactNo = f.contactNo.toUpperCase();
  if (f.salespersonCode) filter.salespersonCode = f.salespersonCode.toUpperCase();
  if (f.templateCode) filter.templateCode = f.templateCode.toUpperCase();
  if (f.segmentNo) filter.segmentNo = f.segmentNo.toUpperCase();
  if (f.loggedSegmentEntryNo !== undefined) filter.loggedSegmentEntryNo = f.loggedSegmentEntryNo;
  if (f.postponed !== undefined) filter.postponed = f.postponed;
  if (f.canceled !== undefined) filter.canceled = f.canceled;
  if (f.internetMessageId) filter['source.internetMessageId'] = f.internetMessageId;
  if (f.sourceItemId) filter['source.itemId'] = f.sourceItemId;
  if (f.iCalUId) filter['source.iCalUId'] = f.iCalUId;
  if (f.userId) filter.userId = f.userId;
  if (f.deliveryStatus) filter['delivery.status'] = f.deliveryStatus;
  if (f.from || f.to)
    filter.date = { ...(f.from ? { $gte: new Date(f.from) } : {}), ...(f.to ? { $lte: new Date(f.to) } : {}) };
  return filter;
}

export const interactionLogEntryRepository = {
  async get(tenantId: string, entryNo: number): Promise<InteractionLogEntry | null> {
    const doc = await entryLinks.onNumbered(
      tenantId,
      entryNo,
      (filter) => InteractionLogEntryModel.findOne({ ...filter, deleted: false }, projection).lean<StoredEntry>(),
      (row) => row !== null,
    );
    return doc ? toEntry(doc) : null;
  },

  async findByRequestKey(
    tenantId: string,
    requestKey: string,
  ): Promise<{ entry: InteractionLogEntry | null; requestHash: string } | null> {
    const doc = await InteractionLogEntryModel.findOne(
      { _id: entryId(tenantId, requestKey) },
      { _id: 0, tenantId: 0, requestKey: 0 },
    ).lean<StoredEntry & { requestHash: string; deleted: boolean }>();
    if (!doc) return null;
    const { requestHash, deleted, ...entry } = doc;
    return { entry: deleted ? null : toEntry(entry), requestHash };
  },

  async existingRequestKeys(tenantId: string, requestKeys: string[]): Promise<Set<string>> {
    const rows = await InteractionLogEntryModel.find(
      { _id: { $in: requestKeys.map((key) => entryId(tenantId, key)) } },
      { _id: 0, requestKey: 1 },
    ).lean<{ requestKey: string }[]>();
    return new Set(rows.map((r) => r.requestKey));
  },

  /**
   * Inserts drafts with fresh entry numbers; drafts whose request key is stored already are skipped.
   * Answers how many went in, and makes no entries of them (segment logging writes thousands).
   */
  async insertNumbered(tenantId: string, drafts: KeyedDraft[], options: BulkOptions = {}): Promise<number> {
    return drafts.length - (await this.writeDrafts(tenantId, drafts, options.now ?? new Date(), options)).skipped.size;
  },

  /** Entry numbers for `count` entries written in several insertNumbered batches: one reservation for them all. */
  entryNumbers: (tenantId: string, count: number): NumberSource => numberBlock(entrySequence(tenantId), count),

  /**
   * Inserts drafts with fresh entry numbers in one bulk write per round (a draft whose number a
   * concurrent writer took is given another); answers each draft with its entry, or null when its
   * request key was stored already (a retry).
   */
  async insertEach(
    tenantId: string,
    drafts: KeyedDraft[],
    now = new Date(),
  ): Promise<Array<InteractionLogEntry | null>> {
    const { built, skipped } = await this.writeDrafts(tenantId, drafts, now);
    return drafts.map((d) => {
      if (skipped.has(d)) return null;
      // Through BSON and back: the entry exactly as a read of it would return it (undefined as null).
      const stored = mongoose.mongo.BSON.deserialize(mongoose.mongo.BSON.serialize(built.get(d)!)) as Record<
        string,
        unknown
      >;
      for (const field of Object.keys(projection)) delete stored[field];
      return toEntry(stored as StoredEntry);
    });
  },

  /** The write of insertEach and insertNumbered: the documents as stored, and the drafts stored before. */
  async writeDrafts(tenantId: string, drafts: KeyedDraft[], now: Date, options: BulkOptions = {}) {
    const ids = drafts.map((d) => entryId(tenantId, d.requestKey));
    return entryChanges.aroundEarly(
      tenantId,
      { ids },
      (ready) => this.writeUnmarked(tenantId, drafts, now, ready, options),
      ({ built, skipped }) => ({
        inserted: drafts.filter((d) => !skipped.has(d)).map((d) => factsOf(built.get(d)!)),
      }),
      // Linked before written: a crash in between leaves a link the readers skip, never an entry they miss.
      () =>
        entriesByMessage.link(
          tenantId,
          drafts.map((d) => ({ _id: entryId(tenantId, d.requestKey), source: d.draft.source })),
        ),
    );
  },

  /** Numbers and writes the drafts; the entries go in once `ready` (their change mark) is. */
  async writeUnmarked(
    tenantId: string,
    drafts: KeyedDraft[],
    now: Date,
    ready?: Ready,
    { numbers = entrySequence(tenantId), perInsert = drafts.length }: BulkOptions = {},
  ) {
    const built = new Map<KeyedDraft, StoredEntry & { _id: string }>();
    const skipped = new Set<KeyedDraft>();
    await allocateAndInsertMany(drafts, {
      reserve: numbers.reserve,
      build: (item, entryNo) => {
        const { requestKey, requestHash, draft } = item;
        // Our fields before the draft's: spreading the draft first gave every document a map of its
        // own in V8 (8.4 KB allocated per document, the maps straight in the old generation).
        const doc = {
          _id: entryId(tenantId, requestKey),
          tenantId,
          entryNo,
          requestKey,
          requestHash: requestHash ?? '',
          deleted: false,
          createdAt: now,
          ...draft,
          date: new Date(draft.date),
        };
        built.set(item, doc as never);
        return doc;
      },
      insertMany: async (docs) => {
        const linked = docs as Array<{ _id: string; entryNo: number }>;
        // The pending change mark goes first in the links' insert: one write before the entries.
        await (ready ? ready((marks) => entryLinks.link(tenantId, linked, marks)) : entryLinks.link(tenantId, linked));
        return insertManyInChunks(InteractionLogEntryModel.collection, docs, perInsert);
      },
      alreadyStored: async (items) => {
        const stored = await this.existingRequestKeys(
          tenantId,
          items.map((d) => d.requestKey),
        );
        const already = new Set(items.filter((d) => stored.has(d.requestKey)));
        already.forEach((item) => skipped.add(item));
        return already;
      },
      advancePast: numbers.advancePast,
    });
    return { built, skipped };
  },

  async list(tenantId: string, f: EntryFilter, page: { limit: number; cursor?: string }) {
    const before = decodeCursor<number>(page.cursor, 'number');
    const filter = toFilter(tenantId, f);
    if (before !== undefined) filter.entryNo = { $lt: before };
    const found = f.internetMessageId
      ? await entriesByMessage.find<StoredEntry>(tenantId, f.internetMessageId, filter, projection, page.limit + 1)
      : await entryLinks.page<StoredEntry>(tenantId, filter, {
          projection,
          limit: page.limit + 1,
          top: () => currentNumber(tenantId, ENTRY_SEQUENCE),
        });
    const rows =
      found ??
      (await InteractionLogEntryModel.find(filter, projection)
        .sort({ entryNo: -1 })
        .limit(page.limit + 1)
        .lean<StoredEntry[]>());
    return pageOf(rows.map(toEntry), page.limit, (e) => e.entryNo);
  },

  count: (tenantId: string, f: EntryFilter) => InteractionLogEntryModel.countDocuments(toFilter(tenantId, f)),

  /** Streams the contact numbers of entries matching a filter. */
  async *contactNos(tenantId: string, f: EntryFilter, batchSize: number): AsyncGenerator<string[]> {
    let batch: string[] = [];
    const cursor = InteractionLogEntryModel.find(toFilter(tenantId, f), { _id: 0, contactNo: 1 })
      .sort({ entryNo: 1 })
      .lean<{ contactNo: string }>()
      .cursor({ batchSize });
    for await (const row of cursor) {
      batch.push(row.contactNo);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  },

  async update(
    tenantId: string,
    entryNo: number,
    changes: Record<string, unknown>,
    expect: Record<string, unknown> = {},
  ): Promise<boolean> {
    const source = changes.source as { internetMessageId?: string } | undefined;
    let filter: Record<string, unknown> | undefined;
    if (source?.internetMessageId || entryLinks.changesKeys(changes)) {
      const row = await entryLinks.onNumbered(
        tenantId,
        entryNo,
        (f) => InteractionLogEntryModel.findOne(f, { _id: 1 }).lean<{ _id: string }>(),
        (found) => found !== null,
      );
      if (row) {
        if (source?.internetMessageId) await entriesByMessage.link(tenantId, [{ _id: row._id, source }]);
        await entryLinks.relink(tenantId, { _id: row._id, entryNo }, changes);
        filter = { _id: row._id, tenantId, entryNo };
      }
    }
    const change = (f: Record<string, unknown>) =>
      InteractionLogEntryModel.updateOne({ ...f, deleted: false, ...expect }, { $set: changes });
    const result = await entryChanges.around(tenantId, { entryNos: [entryNo] }, () =>
      filter
        ? change(filter)
        : entryLinks.onNumbered(tenantId, entryNo, change, (updated) => updated.matchedCount === 1),
    );
    return result.matchedCount === 1;
  },

  async setCanceled(tenantId: string, f: EntryFilter, canceled: boolean): Promise<number> {
    const result = await entryChanges.around(tenantId, { filter: f }, () =>
      InteractionLogEntryModel.updateMany(toFilter(tenantId, f), { $set: { canceled } }),
    );
    return result.modifiedCount;
  },

  /** Deletes matching entries, leaving tombstones that keep their numbers and request keys taken. */
  async tombstone(tenantId: string, f: EntryFilter & { entryNo?: number }): Promise<number> {
    const filter = toFilter(tenantId, f);
    if (f.entryNo !== undefined) filter.entryNo = f.entryNo;
    const ref = f.entryNo !== undefined ? { entryNos: [f.entryNo] } : { filter: f };
    const result = await entryChanges.around(tenantId, ref, () => this.tombstoneUnmarked(filter));
    return result.modifiedCount;
  },

  tombstoneUnmarked(filter: Record<string, unknown>) {
    return InteractionLogEntryModel.updateMany(filter, {
      $set: { deleted: true, deletedAt: new Date() },
      $unset: {
        contactName: '',
        description: '',
        subject: '',
        comment: '',
        source: '',
        cost: '',
        durationMin: '',
        evaluation: '',
      },
    });
  },
};
