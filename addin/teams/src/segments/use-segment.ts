import { useCallback, useMemo } from 'react';
import { useInfiniteQuery, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { queryKeys, type CriteriaStep, type Page, type Segment, type SegmentLine } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';

export interface SegmentData {
  segment: Segment;
  steps: CriteriaStep[];
  lines: SegmentLine[];
  nextCursor: string | null;
}

const LINES_PER_PAGE = 50;

/** A segment with its criteria steps and its lines, a page at a time; `reload` after every change. */
export function useSegment(no: string) {
  const { api } = useInterlog();
  const queryClient = useQueryClient();
  const header = useQuery({
    queryKey: [...queryKeys.segments.one(no), 'header'],
    queryFn: async () => {
      const [segment, criteria] = await Promise.all([api.segments.get(no), api.segments.criteria(no)]);
      return { segment, steps: criteria.items };
    },
  });
  const lines = useInfiniteQuery({
    queryKey: queryKeys.segments.lines(no),
    queryFn: ({ pageParam }) => api.segments.lines(no, pageParam, LINES_PER_PAGE),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: Page<SegmentLine>) => last.nextCursor ?? undefined,
  });

  const data = useMemo((): SegmentData | undefined => {
    if (!header.data || !lines.data) return undefined;
    return {
      ...header.data,
      lines: lines.data.pages.flatMap((page) => page.items),
      nextCursor: lines.data.pages.at(-1)?.nextCursor ?? null,
    };
  }, [header.data, lines.data]);

  /** After a change: the segment, its steps and its first page of lines read again (the list of segments too). */
  const reload = useCallback(() => {
    queryClient.setQueryData<InfiniteData<Page<SegmentLine>, string | undefined>>(
      queryKeys.segments.lines(no),
      (loaded) => loaded && { pages: loaded.pages.slice(0, 1), pageParams: loaded.pageParams.slice(0, 1) },
    );
    void queryClient.invalidateQueries({ queryKey: queryKeys.segments.one(no) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.segments.list });
  }, [queryClient, no]);

  /** One line changed in place (an override), without reading every page again. */
  const replaceLine = useCallback(
    (line: SegmentLine) =>
      queryClient.setQueryData<InfiniteData<Page<SegmentLine>, string | undefined>>(
        queryKeys.segments.lines(no),
        (loaded) =>
          loaded && {
            ...loaded,
            pages: loaded.pages.map((page) => ({
              ...page,
              items: page.items.map((item) => (item.lineNo === line.lineNo ? line : item)),
            })),
          },
      ),
    [queryClient, no],
  );

  /** A line as the server has it now (someone else changed it), shown in place of the one read before. */
  const refreshLine = useCallback(
    async (lineNo: number): Promise<SegmentLine | null> => {
      let cursor: string | undefined;
      do {
        const page = await api.segments.lines(no, cursor, 500);
        const line = page.items.find((item) => item.lineNo === lineNo);
        if (line) {
          replaceLine(line);
          return line;
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return null;
    },
    [api, no, replaceLine],
  );

  const error = header.error ?? lines.error;
  return {
    pending: header.isPending || lines.isPending,
    error,
    data,
    reload,
    loadMore: () => void lines.fetchNextPage(),
    loadingMore: lines.isFetchingNextPage,
    replaceLine,
    refreshLine,
  };
}
