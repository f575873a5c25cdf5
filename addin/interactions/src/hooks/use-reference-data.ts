import { useQuery, type QueryClient } from '@tanstack/react-query';
import { queryKeys, type InterlogApi, type ReferenceData } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';

export type { ReferenceData };

/**
 * Templates, groups, salespeople and the automatic-recording setup, read once per page (never stale): the setup
 * pages invalidate `queryKeys.referenceData` when they change one of them.
 */
export const referenceDataQuery = (api: InterlogApi) => ({
  queryKey: queryKeys.referenceData,
  queryFn: (): Promise<ReferenceData> => api.referenceData(),
  staleTime: Infinity,
});

/** A shell starts this before its first render; every form after it reads the cached answer. */
export function prefetchReferenceData(api: InterlogApi, queryClient: QueryClient): Promise<void> {
  return queryClient.prefetchQuery(referenceDataQuery(api));
}

export function useReferenceData() {
  const { api } = useInterlog();
  return useQuery(referenceDataQuery(api));
}
