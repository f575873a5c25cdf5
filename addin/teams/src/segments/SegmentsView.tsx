import type { Navigate } from '../tab/tab-location';
import { SegmentEditor } from './SegmentEditor';
import { SegmentList } from './SegmentList';

/** The segments list, or one segment open for editing and logging (the tab's location says which). */
export function SegmentsView({ segmentNo, navigate }: { segmentNo?: string; navigate: Navigate }) {
  const open = (no?: string) => navigate({ section: 'segments', segmentNo: no });
  return segmentNo ? (
    <SegmentEditor
      key={segmentNo}
      no={segmentNo}
      onClose={() => open(undefined)}
      onOpenSegment={open}
      navigate={navigate}
    />
  ) : (
    <SegmentList onOpen={open} />
  );
}
