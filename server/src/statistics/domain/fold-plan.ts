import {
  appliedOf,
  contributionOf,
  datesOf,
  dimsOf,
  isWeekKey,
  sameApplied,
  type Applied,
  type Contribution,
  type DimKey,
  type EntryFacts,
} from './entry-contribution';
import { keepsDates } from './recount';
import { addSums, applyContribution, emptyTotals, type HeldDate, type Totals } from './totals';
import type { WeekTotals } from './insights';

/** The documents a fold reads and writes: each record's totals and each week's. */
export interface FoldState {
  totals: Map<DimKey, Totals>;
  weeks: Map<string, WeekTotals>;
}

/**
 * What a fold writes: the records' and weeks' new totals, what it applied of each entry (null:
 * seen, adding nothing), whose dates to recount.
 */
export interface FoldPlan extends FoldState {
  applied: Map<number, Applied | null>;
  recount: DimKey[];
}

/** The totals and weeks a fold of these entries touches. */
export function touchedBy(entries: EntryFacts[], applied: Map<number, Applied | null>) {
  const dims = new Set<DimKey>();
  const weeks = new Set<string>();
  for (const entry of entries) {
    for (const c of [applied.get(entry.entryNo), contributionOf(entry)]) {
      c?.dims.forEach((d) => dims.add(d));
      if (c) weeks.add(c.week);
    }
    dimsOf(entry)
      .filter(keepsDates)
      .forEach((d) => dims.add(d));
  }
  return { dims: [...dims], weeks: [...weeks] };
}

const clone = <T>(value: T): T => structuredClone(value);

/**
 * Folds entries into the totals: each entry's current contribution less the one applied before
 * (none for an unchanged entry), and its dates offered to its contact's and company's maxima. A
 * maximum held by an entry that no longer offers it cannot be undone from the totals: its record
 * is recounted.
 */
export function planFold(entries: EntryFacts[], applied: Map<number, Applied | null>, before: FoldState): FoldPlan {
  const totals = new Map<DimKey, Totals>();
  const weeks = new Map<string, WeekTotals>();
  const changes = new Map<number, Applied | null>();
  const recount = new Set<DimKey>();
  const totalsOf = (dim: DimKey) => {
    if (!totals.has(dim)) totals.set(dim, clone(before.totals.get(dim) ?? emptyTotals()));
    return totals.get(dim)!;
  };
  const weekOf = (week: string) => {
    if (!weeks.has(week)) weeks.set(week, clone(before.weeks.get(week) ?? { week, keys: {}, names: {} }));
    return weeks.get(week)!;
  };
  const add = (c: Applied | Contribution, sign: 1 | -1) => {
    for (const dim of c.dims) applyContribution(totalsOf(dim), c, sign);
    const week = weekOf(c.week);
    for (const key of c.dims.filter(isWeekKey)) {
      const sums = (week.keys[key] ??= { n: 0, cost: 0, dur: 0 });
      addSums(sums, c, sign);
      if (sums.n === 0) delete week.keys[key];
    }
    if ('names' in c && c.names) Object.assign(week.names, c.names);
  };

  for (const entry of entries) {
    const now = contributionOf(entry);
    const was = applied.get(entry.entryNo) ?? null;
    if (!applied.has(entry.entryNo) || !sameApplied(appliedOf(now), was)) {
      if (was) add(was, -1);
      if (now) add(now, 1);
      changes.set(entry.entryNo, appliedOf(now));
    } else if (now?.names) Object.assign(weekOf(now.week).names, now.names);
    const offered = datesOf(entry);
    for (const dim of dimsOf(entry).filter(keepsDates)) {
      const t = totalsOf(dim);
      const last = offerDate(t.last, offered.last, entry.entryNo);
      const attempted = offerDate(t.attempted, offered.attempted, entry.entryNo);
      if (last === 'recount' || attempted === 'recount') recount.add(dim);
      if (last !== 'recount') t.last = last;
      if (attempted !== 'recount') t.attempted = attempted;
    }
  }
  return {
    totals: changedOnly(totals, before.totals),
    weeks: changedOnly(weeks, before.weeks),
    applied: changes,
    recount: [...recount],
  };
}

/** A maximum after an entry offers its date: it may raise it; when it held it and no longer does, recount. */
function offerDate(held: HeldDate | null | undefined, offered: string | undefined, entryNo: number) {
  if (held && held.entryNo === entryNo && (offered === undefined || offered < held.at)) return 'recount' as const;
  if (offered !== undefined && (!held || offered > held.at)) return { at: offered, entryNo };
  return held ?? null;
}

function changedOnly<T>(after: Map<string, T>, before: Map<string, T>): Map<string, T> {
  return new Map([...after].filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before.get(key))));
}
