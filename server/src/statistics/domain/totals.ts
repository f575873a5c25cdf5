import type { Contribution } from './entry-contribution';

export interface Sums {
  n: number;
  cost: number;
  dur: number;
}
/** A date that is a maximum over entries, and the entry that holds it. */
export interface HeldDate {
  at: string;
  entryNo: number;
}

/** A record's running totals: what its statistics are read from. */
export interface Totals extends Sums {
  failed: number;
  ev: Record<string, number>;
  months: Record<string, Sums>;
  mail: Record<string, number>;
  last?: HeldDate | null;
  attempted?: HeldDate | null;
}

export const emptyTotals = (): Totals => ({ n: 0, cost: 0, dur: 0, failed: 0, ev: {}, months: {}, mail: {} });

/** Cents and tenths of minutes are kept exact: sums of decimals drift otherwise. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

export function addSums(into: Sums, c: Pick<Contribution, 'cost' | 'dur'>, sign: 1 | -1): void {
  into.n += sign;
  into.cost = round(into.cost + sign * c.cost);
  into.dur = round(into.dur + sign * c.dur);
}

const bump = (map: Record<string, number>, key: string, by: number) => {
  const value = (map[key] ?? 0) + by;
  if (value === 0) delete map[key];
  else map[key] = value;
};

/** Adds (sign 1) or takes away (sign -1) one entry's contribution. */
export function applyContribution(totals: Totals, c: Contribution, sign: 1 | -1): void {
  addSums(totals, c, sign);
  if (c.failed) totals.failed += sign;
  bump(totals.ev, c.ev || 'none', sign);
  const month = (totals.months[c.month] ??= { n: 0, cost: 0, dur: 0 });
  addSums(month, c, sign);
  if (month.n === 0) delete totals.months[c.month];
  if (c.mail) bump(totals.mail, c.mail, sign);
}

/** The later of two held dates (the stored one wins a tie: it already names an entry with that date). */
export function laterOf(current: HeldDate | null | undefined, offered: HeldDate | undefined): HeldDate | null {
  if (!offered) return current ?? null;
  if (!current || offered.at > current.at) return offered;
  return current;
}

/** Adds one delta of totals to another (a fold sums many entries' changes per record first). */
export function mergeTotals(into: Totals, delta: Totals): void {
  into.n += delta.n;
  into.cost = round(into.cost + delta.cost);
  into.dur = round(into.dur + delta.dur);
  into.failed += delta.failed;
  for (const [key, by] of Object.entries(delta.ev)) bump(into.ev, key, by);
  for (const [key, by] of Object.entries(delta.mail)) bump(into.mail, key, by);
  for (const [month, sums] of Object.entries(delta.months)) {
    const m = (into.months[month] ??= { n: 0, cost: 0, dur: 0 });
    m.n += sums.n;
    m.cost = round(m.cost + sums.cost);
    m.dur = round(m.dur + sums.dur);
    if (m.n === 0 && m.cost === 0 && m.dur === 0) delete into.months[month];
  }
  into.last = laterOf(into.last, delta.last ?? undefined);
  into.attempted = laterOf(into.attempted, delta.attempted ?? undefined);
}
