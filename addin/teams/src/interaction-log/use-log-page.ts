import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionLogEntry, PatchInteractionLogEntryInput } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { useAction, usePagedList } from '@interlog/ui-kit';
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
  const list = usePagedList((cursor) => api.interactions.list({ ...filter, limit: PAGE_SIZE, cursor }), [api, filter]);
  const action = useAction();
  /** Canceled entries waiting for the user's confirmation; null when nothing is asked. */
  const [toDelete, setToDelete] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const applyFilter = (next: LogFilter) => {
    setMessage(null);
    action.clearError();
    setFilter(next);
  };

  const change = (entry: InteractionLogEntry, patch: Pick<PatchInteractionLogEntryInput, 'canceled' | 'evaluation'>) =>
    void action.run(async () => {
      setMessage(null);
      const changed = await api.interactions.patch(entry.entryNo, patch);
      list.replace((e) => e.entryNo === entry.entryNo, changed);
    });

  const askDelete = () =>
    void action.run(async () => {
      setMessage(null);
      const { count } = await api.interactions.count({ ...filter, canceled: true });
      if (count === 0) setMessage(t('interaction-log.nothingToDelete'));
      else setToDelete(count);
    });

  const confirmDelete = () => {
    setToDelete(null);
    void action.run(async () => {
      const { deleted } = await api.interactions.deleteCanceled({ ...filter, canceled: true });
      setMessage(t('interaction-log.deleted', { count: deleted, formatted: format.number(deleted) }));
      list.reload();
    });
  };

  return {
    list,
    busy: action.busy,
    error: list.error ?? action.error,
    clearError: action.clearError,
    message,
    applyFilter,
    change,
    toDelete,
    askDelete,
    confirmDelete,
    cancelDelete: () => setToDelete(null),
  };
}
