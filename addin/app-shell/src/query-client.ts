import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@interlog/api-client';

/**
 * A read is tried this many times more when the server was unreachable or overloaded (ApiError.retryable),
 * except a 503: the API client has already sent that one again as its Retry-After asked.
 */
const RETRIES = 2;

/**
 * The cache of server state for one page. Reads are fresh on every mount (staleTime 0, as the screens always
 * read on opening) unless a query says otherwise; mutations invalidate the keys they change and are never
 * retried here (recording has its own offline queue with an Idempotency-Key).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) =>
          failures < RETRIES && error instanceof ApiError && error.retryable && error.status !== 503,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
