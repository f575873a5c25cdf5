import type { Navigate } from '../tab/tab-location';

export function LoggedSegmentsView(_props: { navigate: Navigate }) {
  return null;
}
