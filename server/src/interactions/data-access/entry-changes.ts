import { randomUUID } from 'node:crypto';
import type { EntryFilter } from '../domain/interaction-log-entry-schema';
import { packFacts, unpackFacts, type PackedFacts } from './packed-facts';
import { changeMarkStore } from './change-mark-store';

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
  /** Written before its write, which may not have happened (yet); kept until its done mark is folded, or old. */
  pending: boolean;
}

/** A writer that crashed between its pending mark and its write has had this long to finish. */
export const PENDING_MARK_MS = 2 * 60_000;

const prefix = (tenantId: string) => `${tenantId}:sm:`;
const listeners = new Set<(tenantId: string) => void>();
/** Done marks not waited for by their writers, by tenant. */
const inFlight = new Map<string, Set<Promise<unknown>>>();

function track(tenantId: string, work: Promise<unknown>): void {
  const running = inFlight.get(tenantId) ?? new Set<Promise<unknown>>();
  inFlight.set(tenantId, running);
  running.add(work);
  void work.finally(() => {
    running.delete(work);
    if (running.size === 0) inFlight.delete(tenantId);
  });
}

const settledFor = (tenantId: string) => Promise.allSettled([...(inFlight.get(tenantId) ?? [])]);

/** Where a done mark's new entries' fields are kept: beside the marks, so that a scan of the marks stays small. */
const factsIdOf = (markId: string) => markId.replace(/:sm:d:/, ':sf:');
/** A done mark and the pending mark of the same write share their key. */
const pendingIdOf = (markId: string) => markId.replace(/:sm:d:/, ':sm:p:');

/** A mark's documents: the fields of new entries go before the mark that names them. */
function markDocs(_id: string, { inserted, ...ref }: ChangeRef): object[] {
  const n = (ref.ids?.length ?? 0) + (ref.entryNos?.length ?? 0) + (inserted?.length ?? 0) + (ref.filter ? 1 : 0);
  const mark = { _id, ref: { ...ref, ...(inserted ? { facts: true } : {}) }, at: new Date(), n };
  return inserted ? [{ _id: factsIdOf(_id), packed: packFacts(inserted) }, mark] : [mark];
}

interface Outbox {
  docs: object[];
  written: Promise<void>;
  settle(error?: unknown): void;
}

/**
 * Done marks waiting to go with the tenant's next pending mark: while a write of the tenant has
 * yet to write its pending mark (`coming`), else on the next turn of the event loop.
 */
const outboxes = new Map<string, Outbox>();
const coming = new Map<string, number>();

/** Inserts marks in one ordered write, by default on their own. */
type MarkInsert = (docs: object[]) => Promise<void>;

/** One ordered write of `docs` and of the done marks waiting before them. */
function writeMarks(tenantId: string, docs: object[], insert: MarkInsert = changeMarkStore.insert): Promise<void> {
  const waiting = outboxes.get(tenantId);
  outboxes.delete(tenantId);
  const written = insert([...(waiting?.docs ?? []), ...docs]);
  written.then(
    () => waiting?.settle(),
    (error: unknown) => waiting?.settle(error ?? new Error('The marks were not written.')),
  );
  return written;
}

function flushSoon(tenantId: string) {
  const outbox = outboxes.get(tenantId);
  if (!outbox || coming.has(tenantId)) return;
  setImmediate(() => {
    if (outboxes.get(tenantId) === outbox && !coming.has(tenantId)) writeMarks(tenantId, []).catch(() => undefined);
  });
}

function queueDoneMark(tenantId: string, docs: object[]): Promise<void> {
  let waiting = outboxes.get(tenantId);
  if (!waiting) {
    let settle: Outbox['settle'] = () => undefined;
    const written = new Promise<void>((resolve, reject) => {
      settle = (error) => (error ? reject(error) : resolve());
    });
    waiting = { docs: [], written, settle };
    outboxes.set(tenantId, waiting);
    flushSoon(tenantId);
  }
  waiting.docs.push(...docs);
  return waiting.written;
}

/** A write of the tenant that will write a pending mark (and take the done marks waiting with it). */
function expectPendingMark(tenantId: string): () => void {
  coming.set(tenantId, (coming.get(tenantId) ?? 0) + 1);
  let settled = false;
  return () => {
    if (settled) return;
    settled = true;
    const left = coming.get(tenantId)! - 1;
    if (left > 0) coming.set(tenantId, left);
    else {
      coming.delete(tenantId);
      flushSoon(tenantId);
    }
  };
}

/**
 * Writes a write's pending mark (and `before`), once: through `alongside` when given, which puts
 * the marks first in an insert of its own documents (the entries' links), else on its own. Later
 * calls write what `alongside` adds; every call resolves once the pending mark and `before` are in.
 */
export type Ready = (alongside?: MarkInsert) => Promise<void>;

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
  around<T>(
    tenantId: string,
    ref: ChangeRef,
    write: () => Promise<T>,
    done: (result: T) => ChangeRef = () => ref,
    /** Other writes that must precede the write too: they go beside the pending mark. */
    before?: () => Promise<unknown>,
  ): Promise<T> {
    return entryChanges.aroundEarly(
      tenantId,
      ref,
      async (ready) => {
        await ready();
        return write();
      },
      done,
      before,
    );
  },

  /**
   * As `around`, but the write may do its own reads and reservations first: it calls `ready`
   * (the pending mark, maybe in its own insert, and `before`) before it changes any entry. The
   * done mark is written after the answer: a writer that stops before it leaves its pending mark,
   * folded once old; readers in this process wait for it (`marks`).
   */
  async aroundEarly<T>(
    tenantId: string,
    ref: ChangeRef,
    write: (ready: Ready) => Promise<T>,
    done: (result: T) => ChangeRef = () => ref,
    before?: () => Promise<unknown>,
  ): Promise<T> {
    const key = randomUUID();
    const preceding = before?.();
    preceding?.catch(() => undefined);
    const marked = expectPendingMark(tenantId);
    let pending: Promise<void> | undefined;
    const ready: Ready = async (alongside) => {
      if (!pending) {
        pending = writeMarks(tenantId, markDocs(`${prefix(tenantId)}p:${key}`, ref), alongside);
        marked();
      } else if (alongside) await alongside([]);
      await Promise.all([pending, preceding]);
    };
    let result: T;
    try {
      result = await write(ready);
    } finally {
      marked();
    }
    // The pending mark goes when its done mark is folded (`forget`); without a done mark, once old.
    const finish = queueDoneMark(tenantId, markDocs(`${prefix(tenantId)}d:${key}`, done(result))).then(
      () => listeners.forEach((listener) => listener(tenantId)),
      () => undefined,
    );
    track(tenantId, finish);
    return result;
  },

  /** The tenant's marks, done ones first (one `_id` range read). */
  async marks(tenantId: string, limit: number): Promise<ChangeMark[]> {
    await settledFor(tenantId);
    const from = prefix(tenantId);
    const rows = await changeMarkStore.range(from, `${from}~`, limit);
    return rows.map((row) => ({ ...row, n: row.n ?? 1, pending: row._id.startsWith(`${from}p:`) }));
  },

  /** What the marks name, each read by `_id` (and the fields of new entries, beside it). */
  async refsOf(marks: ChangeMark[]): Promise<ChangeRef[]> {
    const rows = await Promise.all(
      marks.map(async (m) => {
        const row = await changeMarkStore.byId<{ ref: ChangeRef & { facts?: boolean } }>(m._id, { ref: 1 });
        if (!row?.ref.facts) return row?.ref;
        const { facts: _facts, ...ref } = row.ref;
        const kept = await changeMarkStore.byId<{ inserted?: ChangeRef['inserted']; packed?: PackedFacts }>(
          factsIdOf(m._id),
        );
        return { ...ref, inserted: kept?.packed ? unpackFacts(kept.packed) : (kept?.inserted ?? []) };
      }),
    );
    return rows.filter((ref): ref is ChangeRef => ref !== undefined);
  },

  /** The marks a fold takes: done ones, and pending ones old enough that their write is over (or never was). */
  foldable: (marks: ChangeMark[], now = Date.now()) =>
    marks.filter((m) => !m.pending || now - m.at.getTime() > PENDING_MARK_MS),

  /** Deletes folded marks, and with a done mark its new entries' fields and its pending mark. */
  async forget(ids: string[]): Promise<void> {
    await changeMarkStore.delete(ids);
    const done = ids.filter((_id) => _id.includes(':sm:d:'));
    await changeMarkStore.delete(done.flatMap((_id) => [factsIdOf(_id), pendingIdOf(_id)]));
  },

  /** Once the marks' writes not waited for are over (stopping; tests that compare the database before and after). */
  settled: () => Promise.allSettled([...inFlight.values()].flatMap((running) => [...running])),

  /** Called with the tenant after each marked write (in this process). */
  onChange(listener: (tenantId: string) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
