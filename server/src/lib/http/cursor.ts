import { AppError } from '../errors/app-error';

/** Opaque list cursors: the sort key of the last item of a page. */
export function encodeCursor(key: string | number): string {
  return Buffer.from(JSON.stringify({ k: key }), 'utf8').toString('base64url');
}

export function decodeCursor<T extends string | number>(
  cursor: string | undefined,
  kind: 'string' | 'number',
): T | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')).k;
    if (typeof value === kind) return value as T;
  } catch {
    // fall through
  }
  throw new AppError('validation', 400, 'The cursor is not valid.', {
    errors: [{ path: '/query/cursor', message: 'is not a cursor returned by this API' }],
  });
}

export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => string | number) {
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? encodeCursor(keyOf(items[items.length - 1])) : null;
  return { items, nextCursor };
}
