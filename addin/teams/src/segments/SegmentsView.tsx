import type { Navigate } from '../tab/tab-location';

export function SegmentsView(_props: { segmentNo?: string; navigate: Navigate }) {
  return null;
}
