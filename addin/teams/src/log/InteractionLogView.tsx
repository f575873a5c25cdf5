import { useMemo, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Evaluation, InteractionLogEntry } from '../../../api-client/src/resources';
import { ConfirmDialog } from '../../../ui-kit/src/ConfirmDialog/ConfirmDialog';
import { ProblemBar } from '../../../ui-kit/src/StatusBar/ProblemBar';
import { useInterlog } from '../../../ui-kit/src/context/InterlogContext';
import { useAction } from '../../../ui-kit/src/hooks/use-action';
import { usePagedList } from '../../../ui-kit/src/hooks/use-paged-list';
import { useReferenceData } from '../../../ui-kit/src/hooks/use-reference-data';
import { useFormat } from '../../../i18n/src/use-format';
import type { LogFilter, Navigate } from '../tab/tab-location';
import { draftOf, filterOf } from './log-filter';
import { LogFilterBar } from './LogFilterBar';
import { LogTable } from './LogTable';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  titleBar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1 },
});

/** The interaction log: filters, pages of 50, cancel/restore and evaluate entries, delete the canceled ones. */
export function InteractionLogView({ initialFilter }: { initialFilter?: LogFilter; navigate: Navigate }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const format = useFormat();
  const { api } = useInterlog();
  const reference = useReferenceData();
  const [filter, setFilter] = useState<LogFilter>(initialFilter ?? {});
  const initialDraft = useMemo(() => draftOf(initialFilter), [initialFilter]);
  const list = usePagedList((cursor) => api.interactions.list({ ...filter, limit: 50, cursor }), [api, filter]);
  const action = useAction();
  const [toDelete, setToDelete] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const change = (entry: InteractionLogEntry, patch: { canceled?: boolean; evaluation?: Evaluation }) =>
    void action.run(async () => list.replace((e) => e.entryNo === entry.entryNo, await api.interactions.patch(entry.entryNo, patch)));
  const askDelete = () =>
    void action.run(async () => {
      setMessage(null);
      const { count } = await api.interactions.count({ ...filter, canceled: true });
      if (count === 0) setMessage(t('log.nothingToDelete'));
      else setToDelete(count);
    });
  const deleteCanceled = () => {
    setToDelete(null);
    void action.run(async () => {
      const { deleted } = await api.interactions.deleteCanceled({ ...filter, canceled: true });
      setMessage(t('log.deleted', { count: deleted, formatted: format.number(deleted) }));
      list.reload();
    });
  };

  return (
    <section className={styles.stack} aria-labelledby="log-heading">
      <div className={styles.titleBar}>
        <Text as="h2" id="log-heading" size={500} weight="semibold" className={styles.title}>{t('log.title')}</Text>
        <Button icon={<DeleteRegular />} disabled={action.busy} onClick={askDelete}>{t('log.deleteCanceled')}</Button>
      </div>
      {reference.data && (
        <LogFilterBar
          initial={initialDraft}
          reference={reference.data}
          onApply={(draft) => {
            setMessage(null);
            setFilter(filterOf(draft));
          }}
        />
      )}
      <ProblemBar error={list.error ?? action.error} onDismiss={action.clearError} />
      {message && (
        <MessageBar intent="success" aria-live="polite">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      {list.items.length === 0 && list.loading && <Spinner label={t('segments.loading')} />}
      {list.items.length === 0 && !list.loading && !list.error && <Text>{t('log.empty')}</Text>}
      {list.items.length > 0 && <LogTable entries={list.items} onCancel={(entry, canceled) => change(entry, { canceled })} onEvaluate={(entry, evaluation) => change(entry, { evaluation })} />}
      {list.nextCursor && <Button onClick={list.loadMore} disabled={list.loading}>{t('segments.loadMore')}</Button>}
      <ConfirmDialog
        open={toDelete !== null}
        title={t('log.deleteTitle')}
        body={t('log.deleteBody', { count: toDelete ?? 0, formatted: format.number(toDelete ?? 0) })}
        confirmLabel={t('log.deleteConfirm')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setToDelete(null)}
        onConfirm={deleteCanceled}
      />
    </section>
  );
}
