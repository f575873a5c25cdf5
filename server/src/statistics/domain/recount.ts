import { contributionOf, datesOf, dimsOf, type DimKey, type EntryFacts } from './entry-contribution';
import { applyContribution, emptyTotals, laterOf, type Totals } from './totals';

/** Whether a record keeps Business Central's max dates (Date of Last Interaction, Last Date Attempted). */
export const keepsDates = (dim: DimKey) => dim.startsWith('contact:') || dim.startsWith('company:');

/** Adds an entry's current dates to a record's held dates. */
export function offerDates(totals: Totals, entry: EntryFacts): void {
  const { last, attempted } = datesOf(entry);
  totals.last = laterOf(totals.last, last ? { at: last, entryNo: entry.entryNo } : undefined);
  totals.attempted = laterOf(totals.attempted, attempted ? { at: attempted, entryNo: entry.entryNo } : undefined);
}

/** A record's totals counted from its entries, one by one: what the folded totals must always equal. */
export function recount(dim: DimKey, entries: Iterable<EntryFacts>, totals: Totals = emptyTotals()): Totals {
  for (const entry of entries) {
    const c = contributionOf(entry);
    if (c?.dims.includes(dim)) applyContribution(totals, c, 1);
    if (keepsDates(dim) && dimsOf(entry).includes(dim)) offerDates(totals, entry);
  }
  if (keepsDates(dim)) {
    totals.last ??= null;
    totals.attempted ??= null;
  }
  return totals;
}
