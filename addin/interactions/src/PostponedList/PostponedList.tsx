import { useState } from 'react';
import { Spinner, Text, mergeClasses } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys, type InteractionLogEntry } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { ConfirmDialog, problemText } from '@interlog/ui-kit';
import { useListStyles } from '../styles/useListStyles.styles';
import { groupByItem } from './group-by-item';
import { PostponedGroup } from './PostponedGroup';

export interface PostponedListProps {
  /** One contact's postponed interaction, or all of one item's. */
  onResume: (entries: InteractionLogEntry[]) => void;
  onDeleted: (entry: InteractionLogEntry) => void;
}

const POSTPONED = { postponed: true, mine: true, limit: 100 } as const;

/** The caller's postponed interactions, one row per email or meeting with its contacts: to finish or delete. */
export function PostponedList({ onResume, onDeleted }: PostponedListProps) {
  const { t } = useTranslation();
  const listStyles = useListStyles();
  const { api } = useInterlog();
  const queryClient = useQueryClient();
  const queryKey = queryKeys.interactions.list(POSTPONED);
  const entries = useQuery({
    queryKey,
    queryFn: () => api.interactions.list(POSTPONED).then((page) => page.items),
  });
  const [toDelete, setToDelete] = useState<InteractionLogEntry | null>(null);
  const remove = useMutation({
    mutationFn: (entry: InteractionLogEntry) => api.interactions.deletePostponed(entry.entryNo),
    onSuccess: (_, entry) => {
      // Gone at once; then every interactions key reads again.
      queryClient.setQueryData<InteractionLogEntry[]>(queryKey, (items) =>
        items?.filter((item) => item.entryNo !== entry.entryNo),
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.interactions.all });
      onDeleted(entry);
    },
  });

  const confirmDelete = () => {
    const entry = toDelete!;
    setToDelete(null);
    remove.mutate(entry);
  };

  if (entries.status === 'error') return <Text role="alert">{problemText(t, entries.error)}</Text>;
  if (!entries.data) return <Spinner size="tiny" label={t('common.loading')} />;
  const shown = entries.data;
  return (
    <>
      {remove.error && <Text role="alert">{problemText(t, remove.error)}</Text>}
      {shown.length === 0 ? (
        <Text>{t('postponed.empty')}</Text>
      ) : (
        <ul className={mergeClasses(listStyles.list, listStyles.spaced)} aria-label={t('postponed.title')}>
          {groupByItem(shown).map((group) => (
            <PostponedGroup key={group.key} group={group} onResume={onResume} onDelete={setToDelete} />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('postponed.confirmTitle')}
        body={t('postponed.confirmBody', {
          description: toDelete?.description ?? '',
          contact: toDelete ? `${toDelete.contactName || toDelete.contactNo} (${toDelete.contactNo})` : '',
        })}
        confirmLabel={t('postponed.confirmDelete')}
        cancelLabel={t('postponed.cancel')}
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      />
    </>
  );
}
