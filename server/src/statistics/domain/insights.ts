import { AppError } from '../../lib/errors/app-error';
import { dimKey, isoWeek, type DimKey } from './entry-contribution';
import type { InsightDimension, InteractionInsights, InsightsQuery, WeekFigures } from './statistics-schema';
import type { Sums } from './totals';

/** The longest period the insights answer: three years of weeks. */
export const MAX_WEEKS = 157;
const DAY = 86_400_000;

/** A week's figures per record, as the folder keeps them; `names` are the records' copied names. */
export interface WeekTotals {
  week: string;
  keys: Record<DimKey, Sums>;
  names: Record<DimKey, string>;
}

const badPeriod = (detail: string, path: string) =>
  new AppError('validation', 400, detail, { errors: [{ path, message: detail }] });

/** The Mondays of the ISO weeks a period touches; 400 for a period backwards or over three years. */
export function weeksOf(from: string, to: string): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start)) throw badPeriod('from is not a date (YYYY-MM-DD).', '/from');
  if (Number.isNaN(end)) throw badPeriod('to is not a date (YYYY-MM-DD).', '/to');
  if (start > end) throw badPeriod('The period ends before it starts: from must not be after to.', '/to');
  const first = Date.parse(`${isoWeek(new Date(start))}T00:00:00Z`);
  const count = Math.floor((end - first) / (7 * DAY)) + 1;
  if (count > MAX_WEEKS) throw badPeriod(`The period spans ${count} weeks; at most ${MAX_WEEKS} (three years).`, '/to');
  return Array.from({ length: count }, (_, i) => new Date(first + i * 7 * DAY).toISOString().slice(0, 10));
}

const PREFIX: Record<Exclude<InsightDimension, 'none'>, string> = {
  template: 'template:',
  group: 'group:',
  salesperson: 'salesperson:',
};

const point = (week: string, s?: Sums): WeekFigures => ({
  week,
  noOfInteractions: s?.n ?? 0,
  costLcy: s?.cost ?? 0,
  durationMin: s?.dur ?? 0,
});

/**
 * Interactions per week, split by template, group or salesperson (`none`: one series of all);
 * `nameOf` names a record whose entries carry no copied name (groups).
 */
export function insightsOf(
  query: Required<InsightsQuery>,
  weeks: string[],
  found: WeekTotals[],
  nameOf: (key: DimKey) => string | undefined,
): InteractionInsights {
  const byWeek = new Map(found.map((w) => [w.week, w]));
  const keys = new Set<DimKey>();
  const names = new Map<DimKey, string>();
  for (const w of found) {
    for (const key of Object.keys(w.keys)) {
      if (query.by === 'none' ? key === dimKey('all') : key.startsWith(PREFIX[query.by])) keys.add(key);
    }
    for (const [key, name] of Object.entries(w.names)) if (name) names.set(key, name);
  }
  const series = [...keys].sort().map((key) => ({
    key: query.by === 'none' ? 'all' : key.slice(key.indexOf(':') + 1),
    name: names.get(key) ?? nameOf(key) ?? '',
    points: weeks.map((week) => point(week, byWeek.get(week)?.keys[key])),
  }));
  const totals = { noOfInteractions: 0, costLcy: 0, durationMin: 0 };
  for (const week of weeks) {
    const all = byWeek.get(week)?.keys[dimKey('all')];
    totals.noOfInteractions += all?.n ?? 0;
    totals.costLcy = Math.round((totals.costLcy + (all?.cost ?? 0)) * 1e6) / 1e6;
    totals.durationMin = Math.round((totals.durationMin + (all?.dur ?? 0)) * 1e6) / 1e6;
  }
  return { from: query.from, to: query.to, by: query.by, weeks, series, totals };
}
