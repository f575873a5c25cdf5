import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
/** A full collection on demand (the flag above makes `gc` available to new contexts). */
const collect = runInNewContext('gc') as () => void;

/** The heap still in use after a full collection: live data, not garbage waiting for the collector. */
export function liveHeap(): number {
  collect();
  return process.memoryUsage().heapUsed;
}

/**
 * Samples this process's live heap (after a full collection) while `work` runs: how far it rose
 * above where it started, in MB. Garbage the collector would free does not count, memory kept does.
 */
export async function heapGrowthDuring<T>(
  work: () => Promise<T>,
  everyMs = 400,
): Promise<{ result: T; growthMb: number }> {
  const start = liveHeap();
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, liveHeap());
  }, everyMs);
  try {
    const result = await work();
    return { result, growthMb: (peak - start) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}
