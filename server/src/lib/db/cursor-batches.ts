/** Groups a streamed query into batches: one query for the whole pass, bounded memory. */
export async function* cursorBatches<T>(
  cursor: AsyncIterable<T> & { close?: () => Promise<unknown> },
  size: number,
): AsyncGenerator<T[]> {
  let batch: T[] = [];
  try {
    for await (const row of cursor) {
      batch.push(row);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  } finally {
    await cursor.close?.();
  }
}
