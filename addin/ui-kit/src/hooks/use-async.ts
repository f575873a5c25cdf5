import { useCallback, useEffect, useRef, useState } from 'react';

export type AsyncState<T> =
  { status: 'loading'; data?: T } | { status: 'ready'; data: T } | { status: 'error'; error: unknown; data?: T };

/** Runs `load` whenever `deps` change; `reload` runs it again. Late answers of stale runs are dropped. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const run = useRef(0);
  const [tick, setTick] = useState(0);
  const stableLoad = useCallback(load, deps);
  useEffect(() => {
    const current = ++run.current;
    setState((previous) => ({ status: 'loading', data: previous.data }));
    stableLoad().then(
      (data) => current === run.current && setState({ status: 'ready', data }),
      (error: unknown) =>
        current === run.current && setState((previous) => ({ status: 'error', error, data: previous.data })),
    );
  }, [stableLoad, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}
