import { MongoNetworkError, MongoServerError } from 'mongodb';
import { transientFailure } from './transient-error';

// The errors as the MongoDB driver builds them from a server's answer; the FerretDB ones, the
// stopped database and a held lock run for real in test/database-faults.test.ts.
const serverError = (fields: Record<string, unknown>) =>
  new MongoServerError({ ok: 0, errmsg: 'failed', ...fields } as ConstructorParameters<typeof MongoServerError>[0]);

describe('transientFailure', () => {
  test('When FerretDB says its SQLite database is locked, then the write was not applied and may go again', () => {
    const error = serverError({ code: 1, codeName: 'InternalError', errmsg: 'database is locked (5) (SQLITE_BUSY)' });

    expect(transientFailure(error)).toEqual({ kind: 'not-applied', slow: false });
  });

  test('When MongoDB reports a write conflict, a not-primary refusal or a transient transaction error, then nothing was applied', () => {
    for (const error of [
      serverError({ code: 112, codeName: 'WriteConflict' }),
      serverError({ code: 10107, codeName: 'NotWritablePrimary' }),
      serverError({ code: 251, errorLabels: ['TransientTransactionError'] }),
    ])
      expect(transientFailure(error)).toEqual({ kind: 'not-applied', slow: false });
  });

  test('When the connection broke or the error is labelled RetryableWriteError, then the outcome of a write is unknown', () => {
    expect(transientFailure(new MongoNetworkError('connection reset'))).toEqual({
      kind: 'outcome-unknown',
      slow: false,
    });
    expect(transientFailure(serverError({ code: 91, errorLabels: ['RetryableWriteError'] }))).toEqual({
      kind: 'outcome-unknown',
      slow: false,
    });
  });

  test('When the error is a duplicate key, a validation failure or a bug, then it is not transient', () => {
    expect(transientFailure(serverError({ code: 11000, errmsg: 'E11000 duplicate key error' }))).toBeNull();
    expect(transientFailure(serverError({ code: 1, errmsg: 'UNIQUE constraint failed' }))).toBeNull();
    expect(transientFailure(new TypeError('x is undefined'))).toBeNull();
    expect(transientFailure(undefined)).toBeNull();
  });
});
