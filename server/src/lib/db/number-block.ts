/** Where a bulk write's numbers come from: reservations of consecutive numbers, and a move past one found taken. */
export interface NumberSource {
  /** Reserves `count` consecutive numbers and returns the first. */
  reserve(count: number): Promise<number>;
  /** Moves the sequence past a number that turned out to be taken. */
  advancePast(no: number): Promise<void>;
}

/**
 * Numbers for a write of `total` records in batches, reserved at the first batch in one round trip
 * and handed out in order. After a collision (a concurrent writer was handed some of the same
 * numbers) and past the block's end, each batch reserves its own from `source`, as without a block.
 */
export function numberBlock(source: NumberSource, total: number): NumberSource {
  let next = 0;
  let end = 0;
  let reserved = false;
  return {
    async reserve(count) {
      if (!reserved) {
        reserved = true;
        const size = Math.max(total, count);
        next = await source.reserve(size);
        end = next + size;
      }
      if (end - next < count) return source.reserve(count);
      const first = next;
      next += count;
      return first;
    },
    async advancePast(no) {
      next = end;
      await source.advancePast(no);
    },
  };
}
