/** What the statistics read of an interaction log entry (deleted entries included, as tombstones). */
export interface EntryFacts {
  _id: string;
  entryNo: number;
  deleted?: boolean;
  contactNo?: string;
  contactCompanyNo?: string;
  date?: Date | string;
  templateCode?: string;
  templateDescription?: string;
  interactionGroupCode?: string;
  salespersonCode?: string;
  salespersonName?: string;
  initiatedBy?: string;
  cost?: number;
  durationMin?: number;
  evaluation?: string;
  attemptFailed?: boolean;
  postponed?: boolean;
  canceled?: boolean;
  loggedSegmentEntryNo?: number | null;
  delivery?: { status?: string } | null;
}

/** The records an entry counts for, as `<dimension>:<code>`. */
export type DimKey = string;
export const dimensions = [
  'contact',
  'company',
  'template',
  'group',
  'salesperson',
  'loggedSegment',
  // A canceled logged segment's figures: its canceled entries (Business Central's Canceled = FIELD(Canceled)).
  'canceledLoggedSegment',
  'all',
] as const;
export type Dimension = (typeof dimensions)[number];
/** The dimensions a week document splits by (the insights' `by`), besides `all`. */
export const weekDimensions = ['template', 'group', 'salesperson'] as const;

export const dimKey = (dim: Dimension, code: string | number = '') => `${dim}:${code}`;

/** The records a week document splits its figures by. */
export const isWeekKey = (key: DimKey) =>
  key === dimKey('all') || weekDimensions.some((dim) => key.startsWith(`${dim}:`));

/** What one counted entry adds to each of its records' totals. */
export interface Contribution {
  dims: DimKey[];
  month: string;
  week: string;
  cost: number;
  dur: number;
  failed: boolean;
  /** The evaluation's key in the statistics ('' is `none`). */
  ev: string;
  /** The email's delivery: delivered, failed or pending (sending counts as pending); absent without an email. */
  mail?: 'delivered' | 'failed' | 'pending';
  /** Names of the week dimensions, copied on the entry. */
  names?: Record<DimKey, string>;
}

const MAIL: Record<string, Contribution['mail']> = {
  sent: 'delivered',
  failed: 'failed',
  pending: 'pending',
  sending: 'pending',
};

/** The Monday (UTC) of the ISO week of a date, as YYYY-MM-DD. */
export function isoWeek(date: Date): string {
  const day = (date.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day));
  return monday.toISOString().slice(0, 10);
}

/** The records an entry belongs to (whether it counts or not). */
export function dimsOf(entry: EntryFacts): DimKey[] {
  const dims = [dimKey('all')];
  const add = (dim: Dimension, code: string | number | null | undefined) => {
    if (code !== undefined && code !== null && code !== '') dims.push(dimKey(dim, code));
  };
  add('contact', entry.contactNo);
  add('company', entry.contactCompanyNo);
  add('template', entry.templateCode);
  add('group', entry.interactionGroupCode);
  add('salesperson', entry.salespersonCode);
  add('loggedSegment', entry.loggedSegmentEntryNo);
  return dims;
}

/**
 * Business Central's No. of Interactions, Cost (LCY) and Duration (Min.): an entry counts when it
 * is not canceled, not postponed (and not deleted). Null: it adds nothing.
 */
export function contributionOf(entry: EntryFacts): Contribution | null {
  if (entry.deleted || entry.postponed || !entry.date) return null;
  if (entry.canceled) return canceledContribution(entry);
  const date = new Date(entry.date);
  const mail = entry.delivery?.status ? MAIL[entry.delivery.status] : undefined;
  const names: Record<DimKey, string> = {};
  if (entry.templateCode) names[dimKey('template', entry.templateCode)] = entry.templateDescription ?? '';
  if (entry.salespersonCode) names[dimKey('salesperson', entry.salespersonCode)] = entry.salespersonName ?? '';
  return {
    dims: dimsOf(entry),
    month: date.toISOString().slice(0, 7),
    week: isoWeek(date),
    cost: entry.cost ?? 0,
    dur: entry.durationMin ?? 0,
    failed: entry.attemptFailed === true,
    ev: entry.evaluation ?? '',
    ...(mail ? { mail } : {}),
    ...(Object.keys(names).length ? { names } : {}),
  };
}

/**
 * A canceled entry counts for its logged segment alone, and only while the logged segment is canceled too:
 * Business Central's Logged Segment counts the entries whose Canceled equals its own.
 */
function canceledContribution(entry: EntryFacts): Contribution | null {
  if (!entry.loggedSegmentEntryNo) return null;
  const { names: _names, ...counted } = contributionOf({ ...entry, canceled: false })!;
  return { ...counted, dims: [dimKey('canceledLoggedSegment', entry.loggedSegmentEntryNo)] };
}

/** A contact's max dates the entry offers: Date of Last Interaction and Last Date Attempted (postponed never). */
export function datesOf(entry: EntryFacts): { last?: string; attempted?: string } {
  if (entry.deleted || entry.postponed || !entry.date) return {};
  const at = new Date(entry.date).toISOString();
  return {
    ...(entry.attemptFailed ? {} : { last: at }),
    ...(entry.initiatedBy === 'us' ? { attempted: at } : {}),
  };
}

/** What the folder remembers of a contribution it added: all but the names. */
export type Applied = Omit<Contribution, 'names'>;

export function appliedOf(c: Contribution | null): Applied | null {
  if (!c) return null;
  const { names: _names, ...applied } = c;
  return applied;
}

export const sameApplied = (a: Applied | null, b: Applied | null) => JSON.stringify(a) === JSON.stringify(b);
