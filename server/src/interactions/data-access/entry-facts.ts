import { cursorBatches } from '../../lib/db/cursor-batches';
import { InteractionLogEntryModel } from './interaction-log-entry-model';
import { toFilter } from './interaction-log-entry-repository';
import { entryLinks } from './entry-links';
import type { ChangeRef } from './entry-changes';

/** The fields of an entry that its statistics count (tombstones included, flagged `deleted`). */
const FACTS = {
  _id: 1,
  entryNo: 1,
  deleted: 1,
  contactNo: 1,
  contactCompanyNo: 1,
  date: 1,
  templateCode: 1,
  templateDescription: 1,
  interactionGroupCode: 1,
  salespersonCode: 1,
  salespersonName: 1,
  initiatedBy: 1,
  cost: 1,
  durationMin: 1,
  evaluation: 1,
  attemptFailed: 1,
  postponed: 1,
  canceled: 1,
  loggedSegmentEntryNo: 1,
  'delivery.status': 1,
} as const;

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

/** Lookups by `_id` run this many at once (a `$in` of ids is a scan on FerretDB). */
const PARALLEL = 64;

async function byIds<T>(ids: string[]): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += PARALLEL) {
    const chunk = ids.slice(i, i + PARALLEL);
    const found = await Promise.all(chunk.map((_id) => InteractionLogEntryModel.findOne({ _id }, FACTS).lean<T>()));
    rows.push(...(found.filter((row) => row !== null) as T[]));
  }
  return rows;
}

/** The entries that marked writes changed, as they are now (tombstones included), each once. */
export async function factsOfChanges<T extends { _id: string }>(tenantId: string, refs: ChangeRef[]): Promise<T[]> {
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
  return [...found.values()];
}
