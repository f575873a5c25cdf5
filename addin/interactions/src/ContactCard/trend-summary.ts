/** One month of a record's statistics, as the API sends it (`YYYY-MM`). */
export interface MonthFigures {
  month: string;
  noOfInteractions: number;
}

export interface TrendSummary {
  total: number;
  /** The month with the most interactions (the latest of equal ones), or null when there were none. */
  busiest: string | null;
  /** The highest month's count: the scale of the bars. */
  max: number;
}

/** What the bars say in words: how many interactions in the period and which month had the most. */
export function summarizeTrend(months: readonly MonthFigures[]): TrendSummary {
  let busiest: MonthFigures | null = null;
  let total = 0;
  for (const month of months) {
    total += month.noOfInteractions;
    if (month.noOfInteractions > 0 && (!busiest || month.noOfInteractions >= busiest.noOfInteractions)) busiest = month;
  }
  return { total, busiest: busiest?.month ?? null, max: busiest?.noOfInteractions ?? 0 };
}

/** `2026-10` as the first instant of that month, UTC (the API counts months in UTC). */
export const monthStart = (month: string) => new Date(`${month}-01T00:00:00Z`);
