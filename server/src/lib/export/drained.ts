import type { Writable } from 'node:stream';

const gone = () => new Error('The download was closed before it was complete.');

/**
 * Waits while `stream`'s buffer is full (a slow client), so rows are not read faster than they are
 * sent; fails once the response `out` is closed (the client went away), so the rows stop there.
 */
export async function drained(stream: Writable, out: Writable = stream): Promise<void> {
  if (out.destroyed) throw gone();
  if (!stream.writableNeedDrain) return;
  await new Promise<void>((resolve, reject) => {
    const settle = (error?: Error) => {
      stream.off('drain', onDrain);
      out.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onClose = () => settle(gone());
    stream.on('drain', onDrain);
    out.on('close', onClose);
  });
}
