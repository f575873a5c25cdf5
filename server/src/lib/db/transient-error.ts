import { AppError } from '../errors/app-error';

/**
 * A database failure that may pass if the same request comes again: lock contention, a lost
 * connection, a server being elected or restarted. Two kinds, because they allow different retries:
 *
 * - `not-applied`: the server says it did nothing (FerretDB's SQLite "database is locked" rolls
 *   its transaction back; MongoDB's write conflict and not-primary answers refuse before writing;
 *   a connection that could not be checked out never sent the command). Any write may go again.
 * - `outcome-unknown`: the connection broke while the command was on its way or being answered.
 *   The write may have happened, so only reads go again in the process; the caller gets 503 and
 *   comes back with its Idempotency-Key.
 */
export type TransientKind = 'not-applied' | 'outcome-unknown';

/** `slow`: the driver already waited seconds for a server before failing; waiting again in the process does not pay. */
export interface TransientFailure {
  kind: TransientKind;
  slow: boolean;
}

// MongoDB server error codes (src/mongo/base/error_codes.yml).
const WRITE_CONFLICT = 112;
// NotWritablePrimary, NotPrimaryNoSecondaryOk, NotPrimaryOrSecondary: refused before writing.
const NOT_PRIMARY = new Set([10107, 13435, 13436]);
const INTERRUPTED = new Set([6, 7, 89, 91, 189, 9001, 11600, 11602]); // host unreachable, shutdown, step-down, socket

interface DriverError {
  name?: string;
  code?: number;
  message?: string;
  errorLabelSet?: Set<string>;
  errorLabels?: string[];
  hasErrorLabel?: (label: string) => boolean;
  writeErrors?: Array<{ code?: number }>;
}

const hasLabel = (e: DriverError, label: string) =>
  (typeof e.hasErrorLabel === 'function' && e.hasErrorLabel(label)) ||
  e.errorLabelSet?.has?.(label) === true ||
  (Array.isArray(e.errorLabels) && e.errorLabels.includes(label));

/** What kind of transient failure `error` is, or null when it is not one (a bug, a refused request, a duplicate). */
export function transientFailure(error: unknown): TransientFailure | null {
  const e = error as DriverError | null;
  if (!e || typeof e !== 'object') return null;
  const name = e.name ?? '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (name === 'MongoServerSelectionError') return { kind: 'not-applied', slow: true };
  // mongoose holds commands while it has no connection, then gives up with this message.
  if (name === 'MongooseError' && /buffering timed out/.test(message)) return { kind: 'not-applied', slow: true };
  // FerretDB's SQLite backend: code 1 (InternalError), the SQLite transaction rolled back.
  if (/database is locked|SQLITE_BUSY|database table is locked|SQLITE_LOCKED/.test(message))
    return { kind: 'not-applied', slow: false };
  if (e.code === WRITE_CONFLICT || (e.code !== undefined && NOT_PRIMARY.has(e.code)))
    return { kind: 'not-applied', slow: false };
  if (hasLabel(e, 'TransientTransactionError')) return { kind: 'not-applied', slow: false };
  if (name === 'MongoPoolClearedError' || name === 'MongoNetworkTimeoutError' || name === 'MongoNetworkError')
    return { kind: name === 'MongoPoolClearedError' ? 'not-applied' : 'outcome-unknown', slow: false };
  if (hasLabel(e, 'RetryableWriteError')) return { kind: 'outcome-unknown', slow: false };
  if (e.code !== undefined && INTERRUPTED.has(e.code)) return { kind: 'outcome-unknown', slow: false };
  return null;
}

export const isTransientDatabaseError = (error: unknown) => transientFailure(error) !== null;

/** Seconds a client should wait before sending the same request again. */
export const RETRY_AFTER_SECONDS = 2;

/** The answer when the database is still failing after the retries: 503 with Retry-After, never 500. */
export const databaseUnavailable = (cause: unknown) =>
  new AppError('unavailable', 503, 'The database is busy or unreachable; send the same request again shortly.', {
    cause,
    headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
  });
