import { dimKey, type Applied, type DimKey } from '../domain/entry-contribution';
import type { FoldPlan, FoldState } from '../domain/fold-plan';
import type { WeekTotals } from '../domain/insights';
import type { Totals } from '../domain/totals';
import { appliedId, statisticsDocs, totalsId, weekId, type StoredDoc } from './statistics-docs';

/** Entries per block of remembered contributions: one document holds this many entries' contributions. */
const BLOCK = 100;
export const blockOf = (entryNo: number) => Math.floor(entryNo / BLOCK);

type TotalsDoc = StoredDoc & { t: Totals };
type WeekRow = { k: DimKey; n: number; cost: number; dur: number };
/** Codes may hold dots, which field names must not: a week's figures are stored as rows. */
type WeekDoc = StoredDoc & { week: string; rows: WeekRow[]; names: Array<{ k: DimKey; name: string }> };
/**
 * An entry's applied contribution as stored: a flat tuple, its records last (half the bytes of the
 * object, and FerretDB 1.x stores no arrays in arrays).
 */
type StoredApplied = [
  month: string,
  week: string,
  cost: number,
  dur: number,
  failed: 0 | 1,
  ev: string,
  mail: string,
  ...dims: DimKey[],
];
/** What was folded of each entry of a block; null: seen, adding nothing. */
type AppliedDoc = StoredDoc & { e: Record<string, StoredApplied | null> };

const ALL = dimKey('all');
/** Stored first among the dims of a contribution that does not count for all entries (a canceled one's). */
const NOT_ALL = '!';
/** Without NOT_ALL, stored before it was: a canceled logged segment's entry was then the only one not in all. */
const countsForAll = (stored: DimKey[]) =>
  stored[0] !== NOT_ALL && !stored.some((d) => d.startsWith(dimKey('canceledLoggedSegment')));
const encode = (c: Applied): StoredApplied => [
  c.month,
  c.week,
  c.cost,
  c.dur,
  c.failed ? 1 : 0,
  c.ev,
  c.mail ?? '',
  ...(c.dims.includes(ALL) ? c.dims.filter((d) => d !== ALL) : [NOT_ALL, ...c.dims]),
];
/** As `contributionOf` builds it (same keys, same order), so that an unchanged entry compares equal. */
const decode = ([month, week, cost, dur, failed, ev, mail, ...dims]: StoredApplied): Applied => ({
  dims: countsForAll(dims) ? [ALL, ...dims] : dims.filter((d) => d !== NOT_ALL),
  month,
  week,
  cost,
  dur,
  failed: failed === 1,
  ev,
  ...(mail ? { mail: mail as Applied['mail'] } : {}),
});
export type AppliedBlocks = Map<string, AppliedDoc>;

export const totalsDoc = (tenantId: string, dim: DimKey, t: Totals): TotalsDoc => ({
  _id: totalsId(tenantId, dim),
  tenantId,
  t,
});

export const weekDoc = (tenantId: string, w: WeekTotals): WeekDoc => ({
  _id: weekId(tenantId, w.week),
  tenantId,
  week: w.week,
  rows: Object.entries(w.keys).map(([k, s]) => ({ k, ...s })),
  names: Object.entries(w.names).map(([k, name]) => ({ k, name })),
});

export const weekTotals = (doc: WeekDoc): WeekTotals => ({
  week: doc.week,
  keys: Object.fromEntries(doc.rows.map(({ k, n, cost, dur }) => [k, { n, cost, dur }])),
  names: Object.fromEntries(doc.names.map(({ k, name }) => [k, name])),
});

/** Reading and writing the documents a fold works on, each by `_id`. */
export const foldStore = {
  async totals(tenantId: string, dims: DimKey[]): Promise<Map<DimKey, Totals>> {
    const found = await statisticsDocs.getMany<TotalsDoc>(dims.map((d) => totalsId(tenantId, d)));
    return new Map(
      dims.flatMap((d) => (found.has(totalsId(tenantId, d)) ? [[d, found.get(totalsId(tenantId, d))!.t]] : [])),
    );
  },

  async state(tenantId: string, dims: DimKey[], weeks: string[]): Promise<FoldState> {
    const found = await statisticsDocs.getMany<WeekDoc>(weeks.map((w) => weekId(tenantId, w)));
    return {
      totals: await this.totals(tenantId, dims),
      weeks: new Map([...found.values()].map((doc) => [doc.week, weekTotals(doc)])),
    };
  },

  /** The weeks from one Monday to another (inclusive) that have figures: one `_id` range read. */
  async weeks(tenantId: string, first: string, last: string): Promise<WeekTotals[]> {
    return (await statisticsDocs.range<WeekDoc>(weekId(tenantId, first), weekId(tenantId, last))).map(weekTotals);
  },

  /** The blocks of what was folded so far of these entries. */
  async blocks(tenantId: string, entryNos: number[]): Promise<AppliedBlocks> {
    return statisticsDocs.getMany<AppliedDoc>(entryNos.map((no) => appliedId(tenantId, blockOf(no))));
  },

  /** What was folded so far of each entry seen before. */
  applied(tenantId: string, blocks: AppliedBlocks, entryNos: number[]): Map<number, Applied | null> {
    const out = new Map<number, Applied | null>();
    for (const no of entryNos) {
      const e = blocks.get(appliedId(tenantId, blockOf(no)))?.e;
      if (e && String(no) in e) {
        const stored = e[String(no)];
        out.set(no, stored ? decode(stored) : null);
      }
    }
    return out;
  },

  /** The documents a plan writes, whole: the new totals, weeks and blocks of contributions. */
  writesOf(tenantId: string, plan: FoldPlan, blocks: AppliedBlocks): StoredDoc[] {
    const changed = new Map<string, AppliedDoc>();
    for (const [no, c] of plan.applied) {
      const _id = appliedId(tenantId, blockOf(no));
      const block = changed.get(_id) ?? structuredClone(blocks.get(_id) ?? { _id, tenantId, e: {} });
      block.e[String(no)] = c ? encode(c) : null;
      changed.set(_id, block);
    }
    return [
      ...[...plan.totals].map(([dim, t]) => totalsDoc(tenantId, dim, t)),
      ...[...plan.weeks.values()].map((w) => weekDoc(tenantId, w)),
      ...changed.values(),
    ];
  },
};
