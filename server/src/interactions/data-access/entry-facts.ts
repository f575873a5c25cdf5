import { cursorBatches } from '../../lib/db/cursor-batches';
import { InteractionLogEntryModel } from './interaction-log-entry-model';
import { toFilter } from './interaction-log-entry-repository';
import { entryLinks } from './entry-links';
import type { ChangeRef } from './entry-changes';
import { FACTS } from './entry-facts-fields';

/** The fields that name one record an entry belongs to. */
export type RecordField =
  | 'contactNo'
  | 'contactCompanyNo'
  | 'templateCode'
  | 'interactionGroupCode'
  | 'salespersonCode'
  | 'loggedSegmentEntryNo';

export interface FactsFilter {
  field?: RecordField;
  value?: string | number;
  ids?: string[];
  from?: Date;
  before?: Date;
}

function toQuery(tenantId: string, f: FactsFilter): Record<string, unknown> {
  if (f.ids) return { _id: { $in: f.ids.filter((id) => id.startsWith(`${tenantId}:`)) } };
  const query: Record<string, unknown> = { tenantId };
  if (f.field) query[f.field] = f.value;
  if (f.from || f.before) query.date = { ...(f.from ? { $gte: f.from } : {}), ...(f.before ? { $lt: f.before } : {}) };
  return query;
}

/**
 * Entries as their statistics see them, in batches: the entries of one record (by the field that
 * names it), of a period, or by `_id`. Tombstones come too, so a recount sees what was deleted.
 */
export async function* entryFacts<T>(tenantId: string, f: FactsFilter, batchSize = 1000): AsyncGenerator<T[]> {
  const cursor = InteractionLogEntryModel.find(toQuery(tenantId, f), FACTS).lean<T>().cursor({ batchSize });
  yield* cursorBatches(cursor as AsyncIterable<T>, batchSize);
}

/** Ids read per query: one `$in` each (read from the `_id` index on FerretDB too, patch 0006). */
const IDS_PER_READ = 1000;

async function byIds<T>(ids: string[]): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_READ)
    rows.push(
      ...(await InteractionLogEntryModel.find({ _id: { $in: ids.slice(i, i + IDS_PER_READ) } }, FACTS).lean<T[]>()),
    );
  return rows;
}

/**
 * The entries that marked writes changed: `reread` as they are now (tombstones included), each
 * once; `inserted` as they were written, for those not read again.
 */
export async function factsOfChanges<T extends { _id: string }>(
  tenantId: string,
  refs: ChangeRef[],
): Promise<{ reread: T[]; inserted: T[] }> {
  const own = (id: string) => id.startsWith(`${tenantId}:`);
  const ids = new Set(refs.flatMap((ref) => ref.ids ?? []).filter(own));
  const numbers = refs.flatMap((ref) => ref.entryNos ?? []);
  for (const id of await entryLinks.idsOf(tenantId, numbers)) ids.add(id);
  const found = new Map<string, T>();
  for (const row of await byIds<T>([...ids])) found.set(row._id, row);
  for (const ref of refs.filter((r) => r.filter)) {
    const { deleted: _deleted, ...filter } = toFilter(tenantId, ref.filter!);
    if (ref.filter!.entryNo !== undefined) filter.entryNo = ref.filter!.entryNo;
    const rows = await InteractionLogEntryModel.find(filter, FACTS).lean<T[]>();
    for (const row of rows as T[]) found.set(row._id, row);
  }
  const inserted = new Map<string, T>();
  for (const row of refs.flatMap((ref) => (ref.inserted ?? []) as T[]))
    if (own(row._id) && !found.has(row._id)) inserted.set(row._id, row);
  return { reread: [...found.values()], inserted: [...inserted.values()] };
}
