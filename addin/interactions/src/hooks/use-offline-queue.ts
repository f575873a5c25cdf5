import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys, type ApiError } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';

const RETRY_MS = 15_000;

/** The interactions waiting on this device, sent again when the network is back and every few seconds. */
export function useOfflineQueue() {
  const { api, queue } = useInterlog();
  const queryClient = useQueryClient();
  const items = useSyncExternalStore(
    (listener) => queue.subscribe(listener),
    () => queue.items(),
  );
  const [lastSent, setLastSent] = useState(0);

  const flush = useCallback(async () => {
    const sent = await queue.flush(
      async (item) => {
        await api.interactions.record(item.input, item.idempotencyKey);
      },
      (error: ApiError) => error.retryable,
    );
    if (sent > 0) {
      setLastSent(sent);
      void queryClient.invalidateQueries({ queryKey: queryKeys.interactions.all });
      // The item's contacts show what was just recorded instead of waiting.
      void queryClient.invalidateQueries({ queryKey: ['contact-matches'] });
    }
    return sent;
  }, [api, queue, queryClient]);

  const pendingCount = items.filter((item) => !item.failure).length;
  useEffect(() => {
    void flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [flush]);
  useEffect(() => {
    if (pendingCount === 0) return undefined;
    const timer = window.setInterval(() => void flush(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [pendingCount, flush]);

  return {
    pending: items.filter((item) => !item.failure),
    failed: items.filter((item) => item.failure),
    lastSent,
    clearLastSent: () => setLastSent(0),
    flush,
    remove: (key: string) => queue.remove(key),
  };
}
