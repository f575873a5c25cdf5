/**
 * Passes on what `source` yields, asking it for the next item as soon as one is handed out: the
 * next batch is read while the caller writes the current one. At most one item waits unread.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  try {
    for (;;) {
      const current = await next;
      if (current.done) return;
      next = iterator.next();
      // Seen when the caller asks for it; a caller that stops first must not leave it unhandled.
      next.catch(() => undefined);
      yield current.value;
    }
  } finally {
    await iterator.return?.();
  }
}
