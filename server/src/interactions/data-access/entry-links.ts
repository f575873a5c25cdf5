import { createOrderedLinks, type OrderedLink } from '../../lib/db/ordered-links';
import { cursorBatches } from '../../lib/db/cursor-batches';
import { matchesFilter } from '../../lib/db/match-filter';
import { InteractionLogEntryModel } from './interaction-log-entry-model';

/**
 * The fields a log page is filtered by that have one value per entry, most selective first: each
 * value links its entries.
 */
const KEYED = ['loggedSegmentEntryNo', 'contactNo', 'segmentNo', 'salespersonCode', 'templateCode'] as const;
/** The key that links every entry: the unfiltered page. */
const ALL = '*';
/** What an unfiltered page filters on (the rest of a filter without a keyed field may match few). */
const UNFILTERED = new Set(['tenantId', 'deleted', 'entryNo', 'postponed']);
/** Filter fields the walk answers besides a keyed one (checked on each entry it fetches). */
const CHECKED = new Set([...UNFILTERED, 'canceled', 'date', 'userId', ...KEYED]);
/** A letter per keyed field in the link ids (shorter ids, cheaper to write). */
const tagOf = (field: (typeof KEYED)[number]) => 'lcgst'[KEYED.indexOf(field)];
const CONTACT = tagOf('contactNo')!;
/** Entries fetched at once, at most. */
const PARALLEL = 64;

interface Linkable {
  _id: string;
  entryNo: number;
  [field: string]: unknown;
}

const keyed = (value: unknown): value is string | number =>
  (typeof value === 'string' && value !== '') || typeof value === 'number';

const keysOf = (entry: Record<string, unknown>) => [
  ALL,
  ...KEYED.flatMap((field) => (keyed(entry[field]) ? [`${tagOf(field)}${entry[field]}`] : [])),
];

const links = createOrderedLinks('el', {
  async *backfill(tenantId) {
    const rows = InteractionLogEntryModel.find(
      { tenantId },
      { _id: 1, entryNo: 1, ...Object.fromEntries(KEYED.map((field) => [field, 1])) },
    )
      .lean<Linkable>()
      .cursor({ batchSize: 1000 });
    for await (const batch of cursorBatches(rows, 1000)) yield batch.flatMap(linksOf);
  },
});

function linksOf(entry: Linkable): OrderedLink[] {
  return keysOf(entry).map((key) => ({ key, no: entry.entryNo, target: entry._id }));
}

/** Whether a change gives an entry a keyed value (one it is then linked under: `relink`). */
const changesKeys = (changes: Record<string, unknown>) => KEYED.some((field) => keyed(changes[field]));

/**
 * The log's pages newest first without a scan: every entry is linked under its contact, segment,
 * salesperson and template and under one key for all entries, in entry-number order; a page
 * walks the links of the filter's most selective key and fetches each entry by `_id`, checking
 * the rest of the filter on it.
 */
export const entryLinks = {
  /**
   * Links entries under their keys; written before the entries, so a crash leaves no entry unlinked.
   * A batch's links of a shared key (all entries, a template, a segment) go in one bundle per block;
   * `leading` documents of the links' collection (change marks) go first in the same insert. A
   * logged segment's entries each have a contact of their own: those links go in one to-do
   * document, made into links after the answer (`settle`) and read from it until then.
   */
  link(tenantId: string, entries: Linkable[], leading?: object[]) {
    const now: OrderedLink[] = [];
    const deferred: OrderedLink[] = [];
    for (const entry of entries) {
      const ofSegment = keyed(entry.loggedSegmentEntryNo);
      for (const link of linksOf(entry)) (ofSegment && link.key.startsWith(CONTACT) ? deferred : now).push(link);
    }
    return links.add(tenantId, now, { bundle: true, leading, deferred });
  },

  /** Makes the links left in to-dos (see `link`): after a segment is logged, and after a crash at the next. */
  settle: (tenantId: string) => links.settle(tenantId),

  changesKeys,

  /** Links an entry under the keyed values a change gives it (its old links stay and no longer match). */
  async relink(tenantId: string, entry: { _id: string; entryNo: number }, changes: Record<string, unknown>) {
    if (changesKeys(changes)) await links.add(tenantId, linksOf({ ...changes, ...entry }));
  },

  /**
   * `op` on the entry numbered `entryNo`, through the `_id`s its number is linked to, so that FerretDB reads it from
   * the `_id` index (patch 0007) instead of reading entries until it meets it; by number alone when that finds none
   * (an entry written before the links, a number never given out). Reads the stored links only: writes nothing.
   */
  async onNumbered<T>(
    tenantId: string,
    entryNo: number,
    op: (filter: Record<string, unknown>) => Promise<T>,
    found: (result: T) => boolean,
  ): Promise<T> {
    const ids = (await links.storedAt(tenantId, ALL, entryNo)).map((link) => link.target);
    if (ids.length) {
      const result = await op({ _id: { $in: ids }, tenantId, entryNo });
      if (found(result)) return result;
    }
    return op({ tenantId, entryNo });
  },

  /** The `_id`s of entries by their numbers, without a scan (numbers never linked are left out). */
  async idsOf(tenantId: string, entryNos: number[]): Promise<string[]> {
    const found = await Promise.all(entryNos.map((no) => links.at(tenantId, ALL, no)));
    return found.flat().map((link) => link.target);
  },

  /**
   * Up to `limit` entries matching `filter`, newest first; undefined when the filter has a field
   * the links cannot answer, or when `budget` entries were fetched without filling the page (a
   * rare, selective filter), and the caller asks the collection instead. `top` is the highest
   * entry number given out.
   */
  async page<T>(
    tenantId: string,
    filter: Record<string, unknown>,
    page: { projection: Record<string, 0>; limit: number; top: () => Promise<number> },
  ): Promise<T[] | undefined> {
    const { projection, limit } = page;
    const fields = Object.keys(filter);
    const field = KEYED.find((f) => keyed(filter[f]));
    if (!fields.every((f) => (field ? CHECKED : UNFILTERED).has(f))) return undefined;
    const key = field ? `${tagOf(field)}${filter[field] as string | number}` : ALL;
    const before = (filter.entryNo as { $lt?: number } | undefined)?.$lt;
    const from = before !== undefined ? before - 1 : await page.top();
    const budget = 10 * limit + 100;
    const rows: T[] = [];
    let fetched = 0;
    const deferred = field === 'contactNo' ? await links.deferredOf(tenantId, key) : [];
    for await (const batch of links.walk(tenantId, key, from, limit, deferred)) {
      for (let i = 0; i < batch.length;) {
        const chunk = batch.slice(i, i + Math.min(PARALLEL, limit - rows.length + 1));
        i += chunk.length;
        const docs = await Promise.all(
          chunk.map((link) => InteractionLogEntryModel.findOne({ _id: link.target }).lean<Linkable>()),
        );
        fetched += chunk.length;
        docs.forEach((doc, k) => {
          if (!doc || doc.entryNo !== chunk[k]!.no || rows.length >= limit) return;
          if (!matchesFilter(doc, filter)) return;
          const out: Record<string, unknown> = { ...doc };
          for (const name of Object.keys(projection)) delete out[name];
          rows.push(out as T);
        });
        if (rows.length >= limit) return rows;
        if (fetched >= budget) return undefined;
      }
    }
    return rows;
  },
};
