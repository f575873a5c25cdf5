import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys, type InteractionLogEntry, type PatchInteractionLogEntryInput } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { replaceInPagedQuery, usePagedQuery } from '@interlog/ui-kit';
import { useFormat } from '@interlog/i18n';
import type { LogFilter } from '../tab/tab-location';

export const PAGE_SIZE = 50;

/**
 * The log screen's state: the applied filter, its entries a page at a time, changes to one
 * entry (put in place), and deleting the canceled entries that match the filter (counted
 * first, then confirmed).
 */
export function useLogPage(initialFilter: LogFilter = {}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { api } = useInterlog();
  const [filter, setFilter] = useState<LogFilter>(initialFilter);
  const queryClient = useQueryClient();
  const listKey = queryKeys.interactions.list({ ...filter, limit: PAGE_SIZE });
  const list = usePagedQuery(listKey, (cursor) => api.interactions.list({ ...filter, limit: PAGE_SIZE, cursor }));
  // The screen's actions, one at a time; each ends by putting what it changed in the cache.
  const action = useMutation({
    mutationFn: async (request: () => Promise<void>) => request(),
  });
  const run = (request: () => Promise<void>) => !action.isPending && action.mutate(request);
  /** Canceled entries waiting for the user's confirmation; null when nothing is asked. */
  const [toDelete, setToDelete] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const applyFilter = (next: LogFilter) => {
    setMessage(null);
    action.reset();
    setFilter(next);
    // Applying reads the log again, even with the filter it has.
    void queryClient.invalidateQueries({
      queryKey: queryKeys.interactions.list({ ...next, limit: PAGE_SIZE }),
      exact: true,
    });
  };

  const change = (entry: InteractionLogEntry, patch: Pick<PatchInteractionLogEntryInput, 'canceled' | 'evaluation'>) =>
    run(async () => {
      setMessage(null);
      const changed = await api.interactions.patch(entry.entryNo, patch);
      // In place on this page (it stays listed under the filter it was found by), read again elsewhere.
      replaceInPagedQuery(queryClient, listKey, (e: InteractionLogEntry) => e.entryNo === entry.entryNo, changed);
      void queryClient.invalidateQueries({
        queryKey: queryKeys.interactions.all,
        predicate: (query) => JSON.stringify(query.queryKey) !== JSON.stringify(listKey),
      });
    });

  const askDelete = () =>
    run(async () => {
      setMessage(null);
      const { count } = await api.interactions.count({ ...filter, canceled: true });
      if (count === 0) setMessage(t('interaction-log.nothingToDelete'));
      else setToDelete(count);
    });

  const confirmDelete = () => {
    setToDelete(null);
    run(async () => {
      const { deleted } = await api.interactions.deleteCanceled({ ...filter, canceled: true });
      setMessage(t('interaction-log.deleted', { count: deleted, formatted: format.number(deleted) }));
      void queryClient.invalidateQueries({ queryKey: queryKeys.interactions.all });
    });
  };

  return {
    filter,
    list,
    busy: action.isPending,
    error: list.error ?? action.error,
    clearError: action.reset,
    message,
    applyFilter,
    change,
    toDelete,
    askDelete,
    confirmDelete,
    cancelDelete: () => setToDelete(null),
  };
}
