import { entryFacts, type RecordField } from '../../interactions';
import { contributionOf, isWeekKey, type DimKey, type EntryFacts } from '../domain/entry-contribution';
import { recount } from '../domain/recount';
import { addSums, type Totals } from '../domain/totals';
import type { WeekTotals } from '../domain/insights';

const FIELD: Record<string, RecordField> = {
  contact: 'contactNo',
  company: 'contactCompanyNo',
  template: 'templateCode',
  group: 'interactionGroupCode',
  salesperson: 'salespersonCode',
  loggedSegment: 'loggedSegmentEntryNo',
};

/** A record's totals counted from its entries (one query over them): the reference the folded totals equal. */
export async function recountRecord(tenantId: string, dim: DimKey): Promise<Totals> {
  const [name, code] = [dim.slice(0, dim.indexOf(':')), dim.slice(dim.indexOf(':') + 1)];
  const field = FIELD[name];
  let totals: Totals | undefined;
  const filter = field ? { field, value: field === 'loggedSegmentEntryNo' ? Number(code) : code } : {};
  for await (const batch of entryFacts<EntryFacts>(tenantId, filter)) totals = recount(dim, batch, totals);
  return totals ?? recount(dim, []);
}

/** The weeks' figures counted from the entries dated in them. */
export async function recountWeeks(tenantId: string, weeks: string[]): Promise<WeekTotals[]> {
  if (weeks.length === 0) return [];
  const from = new Date(`${weeks[0]}T00:00:00Z`);
  const before = new Date(Date.parse(`${weeks[weeks.length - 1]}T00:00:00Z`) + 7 * 86_400_000);
  const found = new Map<string, WeekTotals>();
  for await (const batch of entryFacts<EntryFacts>(tenantId, { from, before })) {
    for (const entry of batch) {
      const c = contributionOf(entry);
      if (!c) continue;
      const week = found.get(c.week) ?? { week: c.week, keys: {}, names: {} };
      found.set(c.week, week);
      for (const key of c.dims.filter(isWeekKey)) addSums((week.keys[key] ??= { n: 0, cost: 0, dur: 0 }), c, 1);
      Object.assign(week.names, c.names);
    }
  }
  return [...found.values()];
}
