import type { Getter } from './http-client';
import type {
  InteractionInsights,
  InsightsSplit,
  LoggedSegmentStatistics,
  RecordStatistics,
  StatisticsKind,
} from './resources';

export type ManyStatistics = { items: { code: string; statistics: RecordStatistics }[] };
/** The kinds whose records are keyed by a code (the setup lists). */
export type CodedStatisticsKind = 'interaction-templates' | 'interaction-groups' | 'salespeople';

/** Business Central's FlowFields of a record (number of interactions, cost, duration…) and the insights charts. */
export function createStatisticsApi(get: Getter) {
  return {
    statistics: {
      of: (kind: CodedStatisticsKind, code: string): Promise<RecordStatistics> =>
        // The three routes have the same shape; the typed path names one of them.
        get(`/statistics/${kind}/{code}` as '/statistics/salespeople/{code}', { path: { code } }),
      ofContact: (no: string): Promise<RecordStatistics> => get('/statistics/contacts/{no}', { path: { no } }),
      ofLoggedSegment: (entryNo: number): Promise<LoggedSegmentStatistics> =>
        get('/statistics/logged-segments/{entryNo}', { path: { entryNo } }),
      /** Several records of a kind in one request (a list page's columns); records not found are left out. */
      ofMany: (kind: StatisticsKind, codes: string[]): Promise<ManyStatistics> =>
        get('/statistics/{kind}', { path: { kind }, query: { codes: codes.join(',') } }),
    },
    insights: {
      /** Interactions per ISO week (Mondays) from `from` to `to`, one series per value of `by`. */
      interactions: (query: { from: string; to: string; by: InsightsSplit }): Promise<InteractionInsights> =>
        get('/insights/interactions', { query }),
    },
  };
}
