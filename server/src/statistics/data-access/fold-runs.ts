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

/**
 * The folder waits for a quiet moment: a tenant's writes are folded once none came for QUIET_MS,
 * or at the latest MAX_WAIT_MS after the first (folding beside a burst of writes slows them down;
 * a read folds what is left before it answers, so nothing read waits on this).
 */
const QUIET_MS = 500;
const MAX_WAIT_MS = 10_000;
const timers = new Map<string, { timer: NodeJS.Timeout; since: number; fold: () => void }>();

/**
 * Tenants whose background folds wait for a bulk write under way (a segment being logged): folding
 * beside it doubled its heap and slowed its writes, and its marks wait for its end (at most one fold
 * after it, not one every MAX_WAIT_MS); a read still folds before it answers.
 */
const held = new Map<string, number>();
const wanted = new Map<string, (error: unknown) => void>();

/** Holds the tenant's background folds until as many `releaseFolds` (each hold is released once, in a finally). */
export function holdFolds(tenantId: string): void {
  held.set(tenantId, (held.get(tenantId) ?? 0) + 1);
}

export function releaseFolds(tenantId: string): void {
  const holds = (held.get(tenantId) ?? 1) - 1;
  if (holds > 0) return void held.set(tenantId, holds);
  held.delete(tenantId);
  const onError = wanted.get(tenantId);
  wanted.delete(tenantId);
  if (onError) scheduleFold(tenantId, onError);
}

/** Folds the tenant's marks soon, after its writes pause (after a hold, once it is released). */
export function scheduleFold(tenantId: string, onError: (error: unknown) => void): void {
  if (held.has(tenantId)) return void wanted.set(tenantId, onError);
  const scheduled = timers.get(tenantId);
  const since = scheduled?.since ?? Date.now();
  if (scheduled) clearTimeout(scheduled.timer);
  const fold = () => {
    clearTimeout(timer);
    timers.delete(tenantId);
    if (held.has(tenantId)) return void wanted.set(tenantId, onError);
    foldTenant(tenantId).catch(onError);
  };
  const timer = setTimeout(fold, Math.max(0, Math.min(QUIET_MS, since + MAX_WAIT_MS - Date.now())));
  timer.unref();
  timers.set(tenantId, { timer, since, fold });
}

/** Folds what is scheduled at once, and waits until no fold runs in this process (stopping; tests). */
export async function foldsSettled(): Promise<void> {
  for (;;) {
    await entryChanges.settled();
    [...timers.values()].forEach((t) => t.fold());
    wanted.forEach((onError, tenantId) => foldTenant(tenantId).catch(onError));
    wanted.clear();
    const folds = [...queued.values(), ...running.values()];
    if (folds.length === 0) return;
    await Promise.allSettled(folds);
  }
}
