import type { Applied, DimKey } from '../domain/entry-contribution';
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
type AppliedDoc = StoredDoc & { e: Record<string, Applied> };

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

  /** What was folded so far of each of these entries. */
  async applied(tenantId: string, entryNos: number[]): Promise<Map<number, Applied>> {
    const blocks = await statisticsDocs.getMany<AppliedDoc>(entryNos.map((no) => appliedId(tenantId, blockOf(no))));
    const out = new Map<number, Applied>();
    for (const no of entryNos) {
      const c = blocks.get(appliedId(tenantId, blockOf(no)))?.e[String(no)];
      if (c) out.set(no, c);
    }
    return out;
  },

  /** The documents a plan writes: the new totals and weeks whole, and the changed contributions per block. */
  writesOf(tenantId: string, plan: FoldPlan) {
    const docs: StoredDoc[] = [
      ...[...plan.totals].map(([dim, t]) => totalsDoc(tenantId, dim, t)),
      ...[...plan.weeks.values()].map((w) => weekDoc(tenantId, w)),
    ];
    const byBlock = new Map<number, { block: number; set: Array<{ no: number; c: Applied }>; unset: number[] }>();
    for (const [no, c] of plan.applied) {
      const b = byBlock.get(blockOf(no)) ?? { block: blockOf(no), set: [], unset: [] };
      byBlock.set(blockOf(no), b);
      if (c) b.set.push({ no, c });
      else b.unset.push(no);
    }
    return { docs, applied: [...byBlock.values()] };
  },
};
