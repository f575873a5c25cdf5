import type { LoggedSegmentStatistics, RecordStatistics } from './statistics-schema';
import type { Totals } from './totals';

const EVALUATIONS = ['veryPositive', 'positive', 'neutral', 'negative', 'veryNegative', 'none'] as const;

/** The 12 months ending at the month of `now`, oldest first, as YYYY-MM (UTC). */
export function lastTwelveMonths(now: Date): string[] {
  return Array.from({ length: 12 }, (_, i) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11 + i, 1)).toISOString().slice(0, 7),
  );
}

/** A record's statistics as the API answers them. */
export function statisticsView(totals: Totals, now = new Date()): RecordStatistics {
  return {
    noOfInteractions: totals.n,
    costLcy: totals.cost,
    durationMin: totals.dur,
    attemptsFailed: totals.failed,
    evaluations: Object.fromEntries(EVALUATIONS.map((e) => [e, totals.ev[e] ?? 0])) as RecordStatistics['evaluations'],
    dateOfLastInteraction: totals.last?.at ?? null,
    lastDateAttempted: totals.attempted?.at ?? null,
    perMonth: lastTwelveMonths(now).map((month) => {
      const m = totals.months[month];
      return { month, noOfInteractions: m?.n ?? 0, costLcy: m?.cost ?? 0, durationMin: m?.dur ?? 0 };
    }),
  };
}

export function loggedSegmentView(totals: Totals, now = new Date()): LoggedSegmentStatistics {
  return {
    ...statisticsView(totals, now),
    emailsDelivered: totals.mail.delivered ?? 0,
    emailsFailed: totals.mail.failed ?? 0,
    emailsPending: totals.mail.pending ?? 0,
  };
}
