import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';

/** The tenant's company contacts (the first 500), read once a form that offers them opens. */
export function useCompanies(enabled: boolean) {
  const { api } = useInterlog();
  return useQuery({
    queryKey: queryKeys.contacts.companies,
    queryFn: () => api.contacts.list({ type: 'company', limit: 500 }).then((p) => p.items),
    enabled,
  });
}
