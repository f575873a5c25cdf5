import { randomUUID } from 'node:crypto';
import { entryChanges, entryFacts, factsOfChanges, type ChangeMark } from '../../interactions';
import { withLease } from '../../lib/db/lease';
import { AppError } from '../../lib/errors/app-error';
import type { DimKey, EntryFacts } from '../domain/entry-contribution';
import { planFold, touchedBy } from '../domain/fold-plan';
import { foldStore } from './fold-store';
import { recountRecord } from './recount-store';
import { backfillId, journalId, statisticsDocs, totalsId, type StoredDoc } from './statistics-docs';

/** The lease of a tenant's one folder: the only writer of its statistics documents. */
export const folderLease = (tenantId: string) => `statistics:${tenantId}`;
const LEASE_MS = 30_000;
const WAIT_MS = 20_000;
/** Entries one fold takes, about (whole marks: a segment's batch names up to its batch size). */
const ENTRIES_PER_FOLD = 2000;
/** Marks looked at to decide whether there is anything to fold. */
const MARKS_LOOKED_AT = 64;
/** Folds of marks newer than the turn, at most, in one turn of the lease (writers may keep adding marks). */
const FOLDS_PER_TURN = 50;
/** Entries per fold of a backfill. */
const BACKFILL_BATCH = 1000;

type Journal = StoredDoc & { foldId: string; docs: StoredDoc[]; recount: DimKey[]; marks: string[] };

/**
 * Finishes a fold from its journal (again, after a crash): every write is idempotent (whole
 * documents, dates recounted from the entries), so a redo from any point ends in the same
 * state. The marks go after the documents, the journal last.
 */
async function redo(tenantId: string, journal: Journal): Promise<void> {
  await statisticsDocs.putMany(journal.docs);
  for (const dim of journal.recount) {
    const { last = null, attempted = null } = await recountRecord(tenantId, dim);
    const doc = await statisticsDocs.get<StoredDoc & { t: Record<string, unknown> }>(totalsId(tenantId, dim));
    if (doc) await statisticsDocs.put({ ...doc, t: { ...doc.t, last, attempted } });
  }
  await entryChanges.forget(journal.marks);
  await statisticsDocs.remove(journalId(tenantId));
}

/**
 * The journal of a fold of entries: planned from the entries as they are now, and from new
 * entries as inserted when this folder never saw them (otherwise a later change was read since).
 */
async function journalFor(
  tenantId: string,
  changed: { reread: EntryFacts[]; inserted?: EntryFacts[] },
  marks: string[],
): Promise<Journal> {
  const all = [...changed.reread, ...(changed.inserted ?? [])];
  const blocks = await foldStore.blocks(
    tenantId,
    all.map((e) => e.entryNo),
  );
  const applied = foldStore.applied(
    tenantId,
    blocks,
    all.map((e) => e.entryNo),
  );
  const entries = [...changed.reread, ...(changed.inserted ?? []).filter((e) => !applied.has(e.entryNo))];
  const { dims, weeks } = touchedBy(entries, applied);
  const plan = planFold(entries, applied, await foldStore.state(tenantId, dims, weeks));
  return {
    _id: journalId(tenantId),
    tenantId,
    foldId: randomUUID(),
    docs: foldStore.writesOf(tenantId, plan, blocks),
    recount: plan.recount,
    marks,
  };
}

/** One fold of entries: its journal first, then its writes. */
async function foldEntries(
  tenantId: string,
  changed: { reread: EntryFacts[]; inserted?: EntryFacts[] },
  marks: string[],
): Promise<void> {
  const journal = await journalFor(tenantId, changed, marks);
  await statisticsDocs.insert(journal);
  await redo(tenantId, journal);
}

/** The steps of a fold, for the tests that stop one part-way (a crash). */
export const foldSteps = { journalFor, redo };

/**
 * Folds the entries some marks name, ENTRIES_PER_FOLD at a time (a filter may name a whole logged
 * segment); the last fold deletes the marks, so a crash before it folds them all again (a no-op
 * for the entries done).
 */
async function foldMarks(tenantId: string, marks: ChangeMark[]): Promise<void> {
  const { reread, inserted } = await factsOfChanges<EntryFacts>(tenantId, await entryChanges.refsOf(marks));
  const all = [...reread.map((e) => ({ e, reread: true })), ...inserted.map((e) => ({ e, reread: false }))];
  for (let i = 0; i === 0 || i < all.length; i += ENTRIES_PER_FOLD) {
    const chunk = all.slice(i, i + ENTRIES_PER_FOLD);
    const last = i + ENTRIES_PER_FOLD >= all.length;
    await foldEntries(
      tenantId,
      {
        reread: chunk.filter((c) => c.reread).map((c) => c.e),
        inserted: chunk.filter((c) => !c.reread).map((c) => c.e),
      },
      last ? marks.map((m) => m._id) : [],
    );
  }
}

/** Tenants whose entries from before the statistics existed are folded (known in this process). */
const backfilled = new Set<string>();

/** Folds every entry of the tenant once, the first time (entries written before the statistics existed). */
async function backfill(tenantId: string): Promise<void> {
  if (backfilled.has(tenantId)) return;
  if (!(await statisticsDocs.get(backfillId(tenantId)))) {
    for await (const batch of entryFacts<EntryFacts>(tenantId, {}, BACKFILL_BATCH))
      await foldEntries(tenantId, { reread: batch }, []);
    await statisticsDocs.put({ _id: backfillId(tenantId), tenantId, at: new Date() });
  }
  backfilled.add(tenantId);
}

/** The first marks that name up to about `limit` entries (at least one mark). */
function firstEntries(marks: ChangeMark[], limit: number): ChangeMark[] {
  let total = 0;
  return marks.filter((mark, i) => {
    total += mark.n;
    return i === 0 || total <= limit;
  });
}

const foldableMarks = async (tenantId: string) =>
  entryChanges.foldable(await entryChanges.marks(tenantId, MARKS_LOOKED_AT));

/** Holding the tenant's lease: a journal left by a crashed fold first, then the marks, a batch at a time. */
export async function foldUnderLease(tenantId: string): Promise<void> {
  const done = await withLease(folderLease(tenantId), { ttlMs: LEASE_MS, waitMs: WAIT_MS }, async () => {
    const leftover = await statisticsDocs.get<Journal>(journalId(tenantId));
    if (leftover) await redo(tenantId, leftover);
    await backfill(tenantId);
    // Every mark written before this turn began is folded; newer ones for a few folds more at most.
    const began = Date.now();
    for (let turn = 0; ; turn++) {
      const found = await foldableMarks(tenantId);
      const due = found.filter((m) => m.at.getTime() <= began);
      const marks = firstEntries(due.length > 0 ? due : turn < FOLDS_PER_TURN ? found : [], ENTRIES_PER_FOLD);
      if (marks.length === 0) return;
      await foldMarks(tenantId, marks);
    }
  });
  if (!done) throw new AppError('unavailable', 503, 'The statistics are being brought up to date; try again.');
}

/** Whether a read must fold first: marks of finished writes are left, or the tenant was never backfilled here. */
export const needsFold = async (tenantId: string) =>
  !backfilled.has(tenantId) || (await foldableMarks(tenantId)).length > 0;
