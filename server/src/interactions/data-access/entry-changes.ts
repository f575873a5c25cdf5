import mongoose, { Schema } from 'mongoose';
import { randomUUID } from 'node:crypto';
import type { EntryFilter } from '../domain/interaction-log-entry-schema';

/**
 * Which entries a write changed: by `_id`, by entry number, or all those a filter matches
 * (tombstones too), to be read again; or, for new entries, their fields as inserted (`inserted`),
 * which a reader takes only for an entry it never saw (any later change marks it to be read again).
 */
export interface ChangeRef {
  ids?: string[];
  entryNos?: number[];
  filter?: EntryFilter & { entryNo?: number };
  inserted?: Array<Record<string, unknown>>;
}

export interface ChangeMark {
  _id: string;
  at: Date;
  /** How many entries it names, about (a filter counts one). */
  n: number;
  /** Written before its write: the write may not have happened (yet); kept until it is old. */
  pending: boolean;
}

const markSchema = new Schema(
  { _id: { type: String, required: true }, ref: { type: Schema.Types.Mixed }, at: Date, n: Number },
  { versionKey: false, collection: 'entry_changes' },
);
// Read and deleted by `_id` only: a tenant's marks are the range `<tenant>:sm:`.
const ChangeMarkModel = mongoose.models.EntryChangeMark ?? mongoose.model('EntryChangeMark', markSchema);

/** A writer that crashed between its pending mark and its write has had this long to finish. */
export const PENDING_MARK_MS = 2 * 60_000;

const prefix = (tenantId: string) => `${tenantId}:sm:`;
const listeners = new Set<(tenantId: string) => void>();
/** Deletions of pending marks not waited for by their writers. */
const inFlight = new Set<Promise<unknown>>();

/** Where a done mark's new entries' fields are kept: beside the marks, so that a scan of the marks stays small. */
const factsIdOf = (markId: string) => markId.replace(/:sm:d:/, ':sf:');

async function insertMark(tenantId: string, kind: 'p' | 'd', { inserted, ...ref }: ChangeRef): Promise<string> {
  const _id = `${prefix(tenantId)}${kind}:${randomUUID()}`;
  const n = (ref.ids?.length ?? 0) + (ref.entryNos?.length ?? 0) + (inserted?.length ?? 0) + (ref.filter ? 1 : 0);
  const mark = { _id, ref: { ...ref, ...(inserted ? { facts: true } : {}) }, at: new Date(), n };
  // One ordered write: the fields go in before the mark that names them, in one round trip.
  await ChangeMarkModel.collection.insertMany(
    (inserted ? [{ _id: factsIdOf(_id), inserted }, mark] : [mark]) as never[],
    {
      ordered: true,
    },
  );
  return _id;
}

/**
 * The change feed of the interaction log, insert-only: each writer of entries leaves a mark
 * naming what it changed, after its write (and a pending mark before it, so a crash in between
 * still leaves a mark). Readers of derived figures (the statistics) fold the marks and delete them.
 */
export const entryChanges = {
  /**
   * Runs a write of entries between a pending and a done mark (`done` may tell more once the
   * write is over), then tells the listeners.
   */
  async around<T>(
    tenantId: string,
    ref: ChangeRef,
    write: () => Promise<T>,
    done: (result: T) => ChangeRef = () => ref,
    /** Other writes that must precede the write too: they go beside the pending mark. */
    before?: () => Promise<unknown>,
  ): Promise<T> {
    const [pending] = await Promise.all([insertMark(tenantId, 'p', ref), before?.()]);
    const result = await write();
    await insertMark(tenantId, 'd', done(result));
    // Not waited for: a pending mark left behind is only folded again (harmless), then deleted once old.
    const deletion = Promise.resolve(ChangeMarkModel.deleteOne({ _id: pending })).catch(() => undefined);
    inFlight.add(deletion);
    void deletion.finally(() => inFlight.delete(deletion));
    for (const listener of listeners) listener(tenantId);
    return result;
  },

  /** The tenant's marks, done ones first (one `_id` range read). */
  async marks(tenantId: string, limit: number): Promise<ChangeMark[]> {
    const from = prefix(tenantId);
    // Without what they name: a new entries' mark carries their fields (hundreds of KB for a batch).
    const rows = await ChangeMarkModel.find({ _id: { $gte: from, $lt: `${from}~` } }, { ref: 0 })
      .sort({ _id: 1 })
      .limit(limit)
      .lean<Array<{ _id: string; at: Date; n?: number }>>();
    return rows.map((row) => ({ ...row, n: row.n ?? 1, pending: row._id.startsWith(`${from}p:`) }));
  },

  /** What the marks name, each read by `_id` (and the fields of new entries, beside it). */
  async refsOf(marks: ChangeMark[]): Promise<ChangeRef[]> {
    const rows = await Promise.all(
      marks.map(async (m) => {
        const row = await ChangeMarkModel.findById(m._id, { ref: 1 }).lean<{ ref: ChangeRef & { facts?: boolean } }>();
        if (!row?.ref.facts) return row?.ref;
        const { facts: _facts, ...ref } = row.ref;
        const kept = await ChangeMarkModel.findById(factsIdOf(m._id)).lean<{ inserted?: ChangeRef['inserted'] }>();
        return { ...ref, inserted: kept?.inserted ?? [] };
      }),
    );
    return rows.filter((ref): ref is ChangeRef => ref !== undefined);
  },

  /** The marks a fold takes: done ones, and pending ones old enough that their write is over (or never was). */
  foldable: (marks: ChangeMark[], now = Date.now()) =>
    marks.filter((m) => !m.pending || now - m.at.getTime() > PENDING_MARK_MS),

  /** Deletes folded marks. */
  async forget(ids: string[]): Promise<void> {
    await Promise.all(ids.map((_id) => ChangeMarkModel.deleteOne({ _id })));
    await Promise.all(
      ids.filter((_id) => _id.includes(':sm:d:')).map((_id) => ChangeMarkModel.deleteOne({ _id: factsIdOf(_id) })),
    );
  },

  /** Once the marks' writes not waited for are over (tests that compare the database before and after). */
  settled: () => Promise.allSettled([...inFlight]),

  /** Called with the tenant after each marked write (in this process). */
  onChange(listener: (tenantId: string) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
