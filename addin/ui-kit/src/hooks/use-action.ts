import { useCallback, useRef, useState } from 'react';

/**
 * Runs one local user action at a time (saving a file, a host setting): `busy` while it runs (a second click
 * is ignored), `error` when it fails (kept until the next action or `clearError`). Writes to the server are
 * TanStack Query mutations, which invalidate what they change.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (failure) {
      setError(failure);
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
