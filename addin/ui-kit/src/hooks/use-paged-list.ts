import { useCallback, useEffect, useRef, useState } from 'react';
import type { Page } from '@interlog/api-client';

/** A cursor-paged list: the first page on mount (and on `reload`), more pages appended on `loadMore`. */
export function usePagedList<T>(loadPage: (cursor?: string) => Promise<Page<T>>, deps: readonly unknown[]) {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const run = useRef(0);
  const load = useCallback(loadPage, deps);

  const fetchPage = useCallback(
    async (cursor: string | undefined, append: boolean) => {
      const current = ++run.current;
      setLoading(true);
      setError(null);
      try {
        const page = await load(cursor);
        if (current !== run.current) return;
        setItems((previous) => (append ? [...previous, ...page.items] : page.items));
        setNextCursor(page.nextCursor);
      } catch (failure) {
        if (current === run.current) setError(failure);
      } finally {
        if (current === run.current) setLoading(false);
      }
    },
    [load],
  );

  useEffect(() => {
    void fetchPage(undefined, false);
  }, [fetchPage]);

  return {
    items,
    nextCursor,
    loading,
    error,
    reload: () => void fetchPage(undefined, false),
    loadMore: () => void (nextCursor && fetchPage(nextCursor, true)),
    /** Puts a changed item in place without reading the list again. */
    replace: (match: (item: T) => boolean, next: T) =>
      setItems((previous) => previous.map((item) => (match(item) ? next : item))),
  };
}

export type PagedList<T> = ReturnType<typeof usePagedList<T>>;
