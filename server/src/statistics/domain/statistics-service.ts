import { contactLookup } from '../../contacts';
import { interactionGroupLookup } from '../../templates';
import { loggedSegmentLookup } from '../../segments';
import { notFound } from '../../lib/errors/app-error';
import { foldStore } from '../data-access/fold-store';
import { foldedUpToNow } from '../data-access/fold-runs';
import { dimKey, type DimKey } from './entry-contribution';
import { insightsOf, weeksOf } from './insights';
import { keepsDates } from './recount';
import { recordOf, recordsOf, parseCodes, dimOfCode, loggedSegmentDim } from './statistics-records';
import { loggedSegmentView, statisticsView } from './statistics-view';
import type { InsightsQuery, StatisticsKind } from './statistics-schema';
import { emptyTotals, type Totals } from './totals';

const viewOf = (kind: StatisticsKind, dim: DimKey, totals: Totals | undefined) => {
  const t = totals ?? { ...emptyTotals(), ...(keepsDates(dim) ? { last: null, attempted: null } : {}) };
  return kind === 'logged-segments' ? loggedSegmentView(t) : statisticsView(t);
};

/** A contact's totals key: a company's counts its persons' entries too. */
async function contactDim(tenantId: string, no: string): Promise<DimKey> {
  const contact = await contactLookup.cached(tenantId, no);
  if (!contact) throw notFound('Contact', no);
  return dimKey(contact.type === 'company' ? 'company' : 'contact', no);
}

/**
 * One record's statistics (Business Central's FlowFields); 404 when the record does not exist.
 * Exact: the writes finished before the read are folded first; then one document is read.
 */
export async function recordStatistics(tenantId: string, kind: StatisticsKind, code: string) {
  const key = code.toUpperCase();
  const [dim] = await Promise.all([
    kind === 'contacts'
      ? contactDim(tenantId, key)
      : kind === 'logged-segments'
        ? recordOf(tenantId, kind, key)
        : dimOfCode(kind, key),
    foldedUpToNow(tenantId),
  ]);
  const totals = (await foldStore.totals(tenantId, [dim])).get(dim);
  // Without totals the record has no entries: does it exist at all?
  if (!totals && kind !== 'contacts' && kind !== 'logged-segments') await recordOf(tenantId, kind, key);
  return viewOf(kind, dim, totals);
}

/** The statistics of many records of a kind at once (a list page); unknown codes are left out. */
export async function manyStatistics(tenantId: string, kind: StatisticsKind, codesText: string) {
  const codes = parseCodes(kind, codesText);
  const [records] = await Promise.all([recordsOf(tenantId, kind, codes), foldedUpToNow(tenantId)]);
  const totals = await foldStore.totals(tenantId, [...records.values()]);
  return { items: [...records].map(([code, dim]) => ({ code, statistics: viewOf(kind, dim, totals.get(dim)) })) };
}

/** Interactions per ISO week over a period, split by a dimension, with the period's totals. */
export async function interactionInsights(tenantId: string, query: InsightsQuery) {
  const full = { ...query, by: query.by ?? 'none' };
  const weeks = weeksOf(full.from, full.to);
  await foldedUpToNow(tenantId);
  const found = await foldStore.weeks(tenantId, weeks[0]!, weeks[weeks.length - 1]!);
  const groupCodes = new Set(
    found.flatMap((w) =>
      Object.keys(w.keys)
        .filter((k) => k.startsWith('group:'))
        .map((k) => k.slice(6)),
    ),
  );
  const groups = full.by === 'group' ? await interactionGroupLookup.getMany(tenantId, [...groupCodes]) : new Map();
  return insightsOf(full, weeks, found, (key) => groups.get(key.slice(6))?.description);
}

/** The latest logged segments, newest first, each with its statistics (a campaign chart). */
export async function loggedSegmentInsights(tenantId: string, limit: number) {
  const [latest] = await Promise.all([loggedSegmentLookup.latest(tenantId, limit), foldedUpToNow(tenantId)]);
  const dims = latest.map((s) => loggedSegmentDim(s.entryNo, s.canceled));
  const totals = await foldStore.totals(tenantId, dims);
  return {
    items: latest.map((s, i) => ({
      entryNo: s.entryNo,
      segmentNo: s.segmentNo,
      description: s.description,
      createdAt: s.createdAt,
      canceled: s.canceled,
      statistics: loggedSegmentView(totals.get(dims[i]!) ?? emptyTotals()),
    })),
  };
}
