import type { InteractionInsights, InsightsSeries } from '@interlog/api-client';

/** A series' interactions in the week starting on `monday` (0 when the series has no point there). */
export const countIn = (series: InsightsSeries, monday: string) =>
  series.points.find((point) => point.week === monday)?.noOfInteractions ?? 0;

/** All series' interactions in the week. */
export const weekTotal = (insights: InteractionInsights, monday: string) =>
  insights.series.reduce((sum, series) => sum + countIn(series, monday), 0);
