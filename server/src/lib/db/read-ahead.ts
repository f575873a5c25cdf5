/**
 * Yields what `source` yields while already fetching the item after it: the consumer's work
 * on one item overlaps the read of the next (at most one item read ahead).
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const items = source[Symbol.asyncIterator]();
  let next = items.next();
  try {
    for (let item = await next; !item.done; item = await next) {
      next = items.next();
      // Awaited on the next turn, or below when the consumer stops early: never left unhandled.
      next.catch(() => undefined);
      yield item.value;
    }
  } finally {
    await next.catch(() => undefined);
    await items.return?.(undefined);
  }
}
