import { useState } from 'react';
import type { Navigate } from '../tab/tab-location';
import { SegmentEditor } from './SegmentEditor';
import { SegmentList } from './SegmentList';

/** The segments list, or one segment open for editing and logging. */
export function SegmentsView({ segmentNo, navigate }: { segmentNo?: string; navigate: Navigate }) {
  const [open, setOpen] = useState(segmentNo);
  return open ? (
    <SegmentEditor
      key={open}
      no={open}
      onClose={() => setOpen(undefined)}
      onOpenSegment={setOpen}
      navigate={navigate}
    />
  ) : (
    <SegmentList onOpen={setOpen} />
  );
}
