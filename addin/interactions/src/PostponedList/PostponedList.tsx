import { useState } from 'react';
import { Button, Caption1, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DeleteRegular, PlayRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@interlog/i18n';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys, type InteractionLogEntry } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { ConfirmDialog, problemText } from '@interlog/ui-kit';
import { useListStyles } from '../styles/useListStyles.styles';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface PostponedListProps {
  onResume: (entry: InteractionLogEntry) => void;
  onDeleted: (entry: InteractionLogEntry) => void;
}

const POSTPONED = { postponed: true, mine: true, limit: 100 } as const;

/** The caller's postponed interactions, to resume or delete. */
export function PostponedList({ onResume, onDeleted }: PostponedListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const styles = useStyles();
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
          {shown.map((entry) => (
            <li key={entry.entryNo} className={styles.row} data-testid={`postponed-${entry.entryNo}`}>
              <Text weight="semibold">{entry.description || entry.templateCode}</Text>
              <Caption1>
                {[entry.contactNo, format.dateTime(entry.date), entry.subject].filter(Boolean).join(' · ')}
              </Caption1>
              <div className={styles.actions}>
                <Button size="small" appearance="primary" icon={<PlayRegular />} onClick={() => onResume(entry)}>
                  {t('postponed.resume')}
                </Button>
                <Button size="small" icon={<DeleteRegular />} onClick={() => setToDelete(entry)}>
                  {t('postponed.delete')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('postponed.confirmTitle')}
        body={t('postponed.confirmBody', {
          description: toDelete?.description ?? '',
          contact: toDelete?.contactNo ?? '',
        })}
        confirmLabel={t('postponed.confirmDelete')}
        cancelLabel={t('postponed.cancel')}
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      />
    </>
  );
}
