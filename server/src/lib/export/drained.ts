import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Waits while `stream`'s buffer is full (a slow client), so rows are not read faster than they are
 * sent; fails once the response `out` was closed (the client went away).
 */
export async function drained(stream: Writable, out: Writable = stream): Promise<void> {
  if (out.destroyed) throw new Error('The download was closed before it was complete.');
  if (stream.writableNeedDrain) await once(stream, 'drain');
}
