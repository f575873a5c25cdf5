/** More entries than this and the expired ones are swept out. */
const SWEEP_AT = 10_000;

/**
 * A few seconds' memory, per process, of records read on every request and changed rarely (a
 * tenant's templates, its setup). A write in this process forgets the record at once; one in
 * another process shows here within `ttlMs`. Each read gets its own copy.
 */
export function createReadCache<T>(ttlMs: number) {
  const entries = new Map<string, { value: Promise<T>; until: number }>();

  function sweep(now: number) {
    if (entries.size < SWEEP_AT) return;
    for (const [key, entry] of entries) if (entry.until <= now) entries.delete(key);
  }

  return {
    async get(key: string, load: () => PromiseLike<T>): Promise<T> {
      const now = Date.now();
      let entry = entries.get(key);
      if (!entry || entry.until <= now) {
        sweep(now);
        // Stored before it settles, so that a write meanwhile (forget) drops this read too.
        // Promise.resolve: a mongoose query is a thenable that would run again for each then/catch.
        entry = { value: Promise.resolve(load()), until: now + ttlMs };
        entries.set(key, entry);
        const stored = entry;
        stored.value.catch(() => entries.get(key) === stored && entries.delete(key));
      }
      return structuredClone(await entry.value);
    },
    forget(key: string): void {
      entries.delete(key);
    },
  };
}
