import { interactionGroupLookup } from '../../templates';
import { loggedSegmentLookup } from '../../segments';
import { recountRecord, recountWeeks } from '../data-access/recount-store';
import { insightsOf, weeksOf } from './insights';
import { recordOf, recordsOf, parseCodes } from './statistics-records';
import { loggedSegmentView, statisticsView } from './statistics-view';
import type { InsightsQuery, StatisticsKind } from './statistics-schema';
import type { Totals } from './totals';

const viewOf = (kind: StatisticsKind, totals: Totals) =>
  kind === 'logged-segments' ? loggedSegmentView(totals) : statisticsView(totals);

/** One record's statistics (Business Central's FlowFields); 404 when the record does not exist. */
export async function recordStatistics(tenantId: string, kind: StatisticsKind, code: string) {
  const dim = await recordOf(tenantId, kind, code);
  return viewOf(kind, await recountRecord(tenantId, dim));
}

/** The statistics of many records of a kind at once (a list page); unknown codes are left out. */
export async function manyStatistics(tenantId: string, kind: StatisticsKind, codesText: string) {
  const records = await recordsOf(tenantId, kind, parseCodes(kind, codesText));
  const items = await Promise.all(
    [...records].map(async ([code, dim]) => ({ code, statistics: viewOf(kind, await recountRecord(tenantId, dim)) })),
  );
  return { items };
}

/** Interactions per ISO week over a period, split by a dimension, with the period's totals. */
export async function interactionInsights(tenantId: string, query: InsightsQuery) {
  const full = { ...query, by: query.by ?? 'none' };
  const weeks = weeksOf(full.from, full.to);
  const found = await recountWeeks(tenantId, weeks);
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
  const latest = await loggedSegmentLookup.latest(tenantId, limit);
  const items = await Promise.all(
    latest.map(async (s) => ({
      entryNo: s.entryNo,
      segmentNo: s.segmentNo,
      description: s.description,
      createdAt: s.createdAt,
      canceled: s.canceled,
      statistics: loggedSegmentView(await recountRecord(tenantId, `loggedSegment:${s.entryNo}`)),
    })),
  );
  return { items };
}
