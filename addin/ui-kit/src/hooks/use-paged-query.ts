import { useMemo } from 'react';
import {
  keepPreviousData,
  useInfiniteQuery,
  type InfiniteData,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import type { Page } from '@interlog/api-client';

/** A cursor-paged list as the screens show it (PagedListBody). */
export interface PagedList<T> {
  items: T[];
  nextCursor: string | null;
  /** A page is being read (the first, the next, or all again). */
  loading: boolean;
  error: unknown;
  reload: () => void;
  loadMore: () => void;
}

/**
 * A cursor-paged list cached under `queryKey` (TanStack Query's infinite query): the first page, then *Load more*.
 * While another key's first page loads (a new filter), the previous list stays on screen.
 */
export function usePagedQuery<T>(queryKey: QueryKey, loadPage: (cursor?: string) => Promise<Page<T>>): PagedList<T> {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => loadPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: Page<T>) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const { data, isFetching, error, refetch, fetchNextPage } = query;
  const items = useMemo(() => data?.pages.flatMap((page) => page.items) ?? [], [data]);
  return {
    items,
    nextCursor: data?.pages.at(-1)?.nextCursor ?? null,
    loading: isFetching,
    error,
    reload: () => void refetch(),
    loadMore: () => void fetchNextPage(),
  };
}

/** Puts a changed item (a write's answer) in place in every page of a cached paged list, without reading it again. */
export function replaceInPagedQuery<T>(
  queryClient: QueryClient,
  queryKey: QueryKey,
  match: (item: T) => boolean,
  next: T,
): void {
  queryClient.setQueriesData<InfiniteData<Page<T>, string | undefined>>(
    { queryKey },
    (loaded) =>
      loaded && {
        ...loaded,
        pages: loaded.pages.map((page) => ({ ...page, items: page.items.map((item) => (match(item) ? next : item)) })),
      },
  );
}
