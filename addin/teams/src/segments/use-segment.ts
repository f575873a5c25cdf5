import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CriteriaStep, Segment, SegmentLine } from '@interlog/api-client';
import { useAsync } from '@interlog/ui-kit';
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
  const loaded = useAsync(async (): Promise<SegmentData> => {
    const [segment, criteria, lines] = await Promise.all([
      api.segments.get(no),
      api.segments.criteria(no),
      api.segments.lines(no, undefined, LINES_PER_PAGE),
    ]);
    return { segment, steps: criteria.items, lines: lines.items, nextCursor: lines.nextCursor };
  }, [api, no]);
  const [more, setMore] = useState<{ lines: SegmentLine[]; nextCursor: string | null } | null>(null);
  const [edited, setEdited] = useState<ReadonlyMap<number, SegmentLine>>(new Map());
  useEffect(() => {
    setMore(null);
    setEdited(new Map());
  }, [loaded.data]);

  const data = useMemo(() => {
    if (!loaded.data) return undefined;
    const lines = more ? [...loaded.data.lines, ...more.lines] : loaded.data.lines;
    return {
      ...loaded.data,
      lines: lines.map((line) => edited.get(line.lineNo) ?? line),
      nextCursor: more ? more.nextCursor : loaded.data.nextCursor,
    };
  }, [loaded.data, more, edited]);
  const cursor = data?.nextCursor ?? null;
  const loadMore = useCallback(async () => {
    if (!cursor) return;
    const page = await api.segments.lines(no, cursor, LINES_PER_PAGE);
    setMore((previous) => ({ lines: [...(previous?.lines ?? []), ...page.items], nextCursor: page.nextCursor }));
  }, [api, no, cursor]);

  /** One line changed in place (an override), without reading every page again. */
  const replaceLine = useCallback(
    (line: SegmentLine) => setEdited((previous) => new Map(previous).set(line.lineNo, line)),
    [],
  );

  return {
    status: loaded.status,
    error: loaded.status === 'error' ? loaded.error : null,
    data,
    reload: loaded.reload,
    loadMore,
    replaceLine,
  };
}
