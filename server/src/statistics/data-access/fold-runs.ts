import { entryChanges } from '../../interactions';
import { foldUnderLease, needsFold } from './statistics-folder';

const queued = new Map<string, Promise<void>>();
const running = new Map<string, Promise<void>>();

/**
 * Folds the tenant's marks into its statistics. Callers in this process share one fold at a
 * time per tenant, and one waiting behind it (which covers every mark written before it starts).
 */
export function foldTenant(tenantId: string): Promise<void> {
  const waiting = queued.get(tenantId);
  if (waiting) return waiting;
  const before = running.get(tenantId) ?? Promise.resolve();
  const next = before
    .catch(() => undefined)
    .then(() => {
      queued.delete(tenantId);
      running.set(tenantId, next);
      return foldUnderLease(tenantId);
    })
    .finally(() => {
      if (running.get(tenantId) === next) running.delete(tenantId);
    });
  queued.set(tenantId, next);
  return next;
}

/** Before a read: whatever writes finished before it are folded in (usually nothing to do: one range read). */
export async function foldedUpToNow(tenantId: string): Promise<void> {
  if (await needsFold(tenantId)) await foldTenant(tenantId);
}

/** How long after a write the folder waits for more writes of the tenant before folding them together. */
const DEBOUNCE_MS = 20;
const timers = new Map<string, { timer: NodeJS.Timeout; fold: () => void }>();

/** Folds the tenant's marks soon (writes in the next moments are folded together). */
export function scheduleFold(tenantId: string, onError: (error: unknown) => void): void {
  if (timers.has(tenantId)) return;
  const fold = () => {
    clearTimeout(timer);
    timers.delete(tenantId);
    foldTenant(tenantId).catch(onError);
  };
  const timer = setTimeout(fold, DEBOUNCE_MS);
  timer.unref();
  timers.set(tenantId, { timer, fold });
}

/** Folds what is scheduled at once, and waits until no fold runs in this process (stopping; tests). */
export async function foldsSettled(): Promise<void> {
  for (;;) {
    await entryChanges.settled();
    [...timers.values()].forEach((t) => t.fold());
    const folds = [...queued.values(), ...running.values()];
    if (folds.length === 0) return;
    await Promise.allSettled(folds);
  }
}
