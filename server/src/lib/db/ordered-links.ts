import mongoose, { Schema } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key';
import { deferredLinks } from './deferred-links';
import type { OrderedLink } from './ordered-link';

export const ORDERED_LINKS_COLLECTION = 'ordered_links';
const linkSchema = new Schema(
  { _id: { type: String, required: true }, tenantId: String, target: String },
  { versionKey: false, collection: ORDERED_LINKS_COLLECTION },
);
// Reads and writes go by _id (a tenant's links share the prefix `<tenant>:`), so no other index;
// a link is its _id alone unless its target is not `<tenant>:<tag>` (then `target` names it).
const OrderedLinkModel = mongoose.models.OrderedLink ?? mongoose.model('OrderedLink', linkSchema);

export type { OrderedLink } from './ordered-link';

interface WriteError {
  code?: number;
  index?: number;
}

/** The index of the first stored document an insert met (-1: not said), or the error if it failed otherwise. */
async function insertSkippingStored(collection: mongoose.Collection, docs: object[], ordered: boolean) {
  if (docs.length === 0) return undefined;
  try {
    await collection.insertMany(docs as never[], { ordered });
    return undefined;
  } catch (error) {
    const { writeErrors } = error as { writeErrors?: WriteError[] | WriteError };
    const each = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
    if (!(each.length > 0 ? each.every((e) => e.code === 11000) : isDuplicateKeyError(error))) throw error;
    return each[0]?.index ?? -1;
  }
}

/**
 * Inserts `docs` in their order until one is found stored already (a retried write, a fill-in beside a
 * writer, a to-do settled again after a crash: the same document), then the rest in one unordered insert
 * that skips the stored ones. Retried in order instead, every stored document cost a round trip re-sending
 * the rest: a tenant's 1,000 linked entries took 43 s to fill in.
 */
export async function insertInOrder(collection: mongoose.Collection, docs: object[]): Promise<void> {
  const stored = await insertSkippingStored(collection, docs, true);
  if (stored !== undefined) await insertSkippingStored(collection, docs.slice(stored + 1), false);
}

/** The pairs of a tenant's records written before the links existed, in batches. */
type Backfill = (tenantId: string) => AsyncIterable<OrderedLink[]>;

/** `no` in base 4, fixed width: a block of 4^k numbers is every link id with one prefix. */
const DIGITS = 21;
const MAX_LEVEL = DIGITS;
/** The first block read holds 4^FIRST_LEVEL numbers; each further block is 4 times larger. */
const FIRST_LEVEL = 4;
/**
 * A bulk write's links of one key within one aligned block of 4^BUNDLE_LEVEL numbers go in one
 * document (`<prefix><highest no>:*<lowest no>` with the numbers and targets): a walk reads
 * blocks of at least that size, so a bundle is always read whole with the links around it.
 */
const BUNDLE_LEVEL = FIRST_LEVEL;
const digits = (no: number) => no.toString(4).padStart(DIGITS, '0');
const hex = (text: string) => Buffer.from(text, 'utf8').toString('hex');

/**
 * A bundle's numbers and targets: JSON text in `nt` (FerretDB writes one string several times
 * faster than two arrays of 256 values: 2.4 against 10 ms for a batch's 16 bundles); bundles
 * written before hold the arrays `n` and `t`.
 */
type Bundle = { nt?: string; n?: number[]; t?: string[] };
const bundleOf = (row: Bundle): [number[], string[]] =>
  row.nt ? (JSON.parse(row.nt) as [number[], string[]]) : [row.n!, row.t!];

/** Each link once (by number and target). */
function once(links: OrderedLink[]): OrderedLink[] {
  const seen = new Set<string>();
  return links.filter((link) => !seen.has(`${link.no}:${link.target}`) && seen.add(`${link.no}:${link.target}`));
}

/**
 * Records reachable by a secondary key in descending order of a number (an entry by its contact,
 * newest first), as insert-only `_id`-keyed documents `<tenant>:<name>:<hex key>:<no in base 4>:<target>`.
 * A reader walks a key's links block by block, each block an `_id` range with one prefix, which
 * MongoDB and our patched FerretDB (patch 0002) read from the `_id` index: the cost follows the
 * links read, never the size of the collection. Links are never updated or removed, so a link can
 * name a record that no longer matches (or was never written: links go in before their records);
 * readers check every record they fetch.
 */
export function createOrderedLinks(name: string, options: { backfill?: Backfill } = {}) {
  const keyPrefix = (tenantId: string, key: string) => `${tenantId}:${name}:${hex(key)}:`;
  const tagOf = (tenantId: string, target: string) =>
    target.startsWith(`${tenantId}:`) ? target.slice(tenantId.length + 1) : target;
  const filled = new Map<string, Promise<void>>();

  const single = (tenantId: string, { key, no, target }: OrderedLink, prefix = keyPrefix(tenantId, key)) => {
    const tag = tagOf(tenantId, target);
    return { _id: `${prefix}${digits(no)}:${tag}`, ...(tag === target ? { target } : {}) };
  };

  /** Links of one key and block, two or more with targets of the tenant: one bundle; the rest one document each. */
  function bundled(tenantId: string, links: OrderedLink[]): object[] {
    // By key, then block: no string per link (a batch of 1,000 entries has about 6,000 links).
    const byKey = new Map<string, Map<number, OrderedLink[]>>();
    for (const link of links) {
      let blocks = byKey.get(link.key);
      if (!blocks) byKey.set(link.key, (blocks = new Map()));
      const block = Math.floor(link.no / 4 ** BUNDLE_LEVEL);
      const members = blocks.get(block);
      if (members) members.push(link);
      else blocks.set(block, [link]);
    }
    const tenantPrefix = `${tenantId}:`;
    const docs: object[] = [];
    for (const [key, blocks] of byKey) {
      const prefix = keyPrefix(tenantId, key);
      for (const group of blocks.values()) {
        const own = group.filter((link) => link.target.startsWith(tenantPrefix));
        if (own.length < 2) {
          for (const link of group) docs.push(single(tenantId, link, prefix));
          continue;
        }
        for (const link of group) if (!link.target.startsWith(tenantPrefix)) docs.push(single(tenantId, link, prefix));
        own.sort((a, b) => a.no - b.no);
        const targets = own.map((link) => link.target.slice(tenantPrefix.length));
        docs.push({
          _id: `${prefix}${digits(own[own.length - 1]!.no)}:*${digits(own[0]!.no)}`,
          nt: JSON.stringify([own.map((link) => link.no), targets]),
        });
      }
    }
    return docs;
  }

  /**
   * `bundle`: a write of several records at once (a group commit, a segment batch): a shared key's
   * links share few documents. `leading`: other documents of the collection that go first in the
   * same insert (say, a change mark). `deferred`: links stored as one to-do document in the same
   * insert, made into links of their own later (`settle`); until then walks that are given them
   * (`deferredOf`) still find them.
   */
  async function add(
    tenantId: string,
    links: OrderedLink[],
    options: { bundle?: boolean; leading?: object[]; deferred?: OrderedLink[] } = {},
  ): Promise<void> {
    const docs = options.bundle ? bundled(tenantId, links) : links.map((link) => single(tenantId, link));
    const later = options.deferred?.length ? [deferral.doc(tenantId, options.deferred)] : [];
    const all = [...(options.leading ?? []), ...later, ...docs];
    if (all.length > 0) await insertInOrder(OrderedLinkModel.collection, all);
  }
  // A to-do's links go in as a fill-in: after a crash part of them are stored already.
  const deferral = deferredLinks(OrderedLinkModel, name, (tenantId, links) => fill(tenantId, links));

  /**
   * Links that may be stored already (records written before the links existed, beside records linked
   * when written; a to-do settled again after a crash), bundled.
   */
  const fill = (tenantId: string, links: OrderedLink[]) => add(tenantId, links, { bundle: true });

  /** Links the records written before the links existed, once per tenant (a marker says it is done). */
  function ensureFilled(tenantId: string): Promise<void> {
    const { backfill } = options;
    if (!backfill) return Promise.resolve();
    let done = filled.get(tenantId);
    if (!done) {
      done = (async () => {
        const marker = `${tenantId}:${name}~filled`;
        if (await OrderedLinkModel.exists({ _id: marker })) return;
        for await (const links of backfill(tenantId)) await fill(tenantId, links);
        await OrderedLinkModel.collection.insertOne({ _id: marker, tenantId } as never).catch((error: unknown) => {
          if (!isDuplicateKeyError(error)) throw error;
        });
      })();
      filled.set(tenantId, done);
      done.catch(() => filled.delete(tenantId));
    }
    return done;
  }

  async function block(tenantId: string, key: string, level: number, start: number): Promise<OrderedLink[]> {
    const prefix = keyPrefix(tenantId, key) + digits(start).slice(0, DIGITS - level);
    const rows = await OrderedLinkModel.find({ _id: { $gte: prefix, $lt: `${prefix}~` } }).lean<
      Array<{ _id: string; target?: string } & Bundle>
    >();
    const base = keyPrefix(tenantId, key).length;
    const links = rows.flatMap((row) => {
      if (row.nt || row.n) {
        const [nos, targets] = bundleOf(row);
        return nos.map((no, i) => ({ key, no, target: `${tenantId}:${targets[i]}` }));
      }
      return [
        {
          key,
          no: parseInt(row._id.slice(base, base + DIGITS), 4),
          target: row.target ?? `${tenantId}:${row._id.slice(base + DIGITS + 1)}`,
        },
      ];
    });
    // A link written twice (a retried bulk write bundled otherwise, a fill-in beside a writer) is read once.
    return once(links);
  }

  /**
   * A key's links with `no` ≤ `from`, highest first, in batches: one `_id` range each, the first
   * of 4^FIRST_LEVEL numbers, each further one sized by the links found so far to hold about
   * `want` more (at least 4 times larger), so a key with few links takes a few reads and one with
   * many reads few more links than it needs.
   */
  async function* walk(
    tenantId: string,
    key: string,
    from: number,
    want: number,
    /** The key's links not made yet (`deferredOf`): walked with the rest, each once. */
    deferred: OrderedLink[] = [],
  ): AsyncGenerator<OrderedLink[]> {
    await ensureFilled(tenantId);
    let high = from;
    let found = 0;
    for (let level = FIRST_LEVEL; high >= 0;) {
      const size = 4 ** level;
      const start = Math.floor(high / size) * size;
      const inBlock = (link: OrderedLink) => link.no >= start && link.no <= high;
      const links = once([...(await block(tenantId, key, level, start)), ...deferred].filter(inBlock));
      links.sort((a, b) => b.no - a.no);
      if (links.length) yield links;
      found += links.length;
      const span = from - start + 1;
      const needed = found ? ((Math.max(want - found, 1) * span) / found) * 2 : span * 256;
      level = Math.min(MAX_LEVEL, Math.max(level + 1, Math.ceil(Math.log(needed) / Math.log(4))));
      high = start - 1;
    }
  }

  /** The links of a key with exactly this `no` (one `_id` range of one number; else of its bundle's block). */
  async function at(tenantId: string, key: string, no: number): Promise<OrderedLink[]> {
    await ensureFilled(tenantId);
    return storedAt(tenantId, key, no);
  }

  /** As `at`, from the links stored so far: a tenant's first read does not fill them in, so the read writes nothing. */
  async function storedAt(tenantId: string, key: string, no: number): Promise<OrderedLink[]> {
    const exact = await block(tenantId, key, 0, no);
    if (exact.length) return exact;
    return (await block(tenantId, key, BUNDLE_LEVEL, no)).filter((link) => link.no === no);
  }

  return { add, walk, at, storedAt, ensureFilled, deferredOf: deferral.of, settle: deferral.settle };
}
