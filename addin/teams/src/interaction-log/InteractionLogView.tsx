import { useMemo, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, FilterRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { PagedListBody, ProblemBar, useMediaQuery } from '@interlog/ui-kit';
import { useReferenceData } from '@interlog/interactions';
import type { LogFilter, Navigate } from '../tab/tab-location';
import { DeleteCanceledDialog } from './DeleteCanceledDialog';
import { draftOf, filterOf } from './log-filter';
import { LogFilterBar } from './LogFilterBar';
import { LogTable } from './LogTable';
import { useLogPage } from './use-log-page';
import { ExportMenu } from '../tab/ExportMenu';
import { useExport } from '../tab/use-export';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  titleBar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1 },
});

/** Below this width the filters fold behind a button, so that the first entries are on the first screen. */
const NARROW = '(max-width: 599px)';

const activeFilters = (filter: LogFilter) =>
  Object.values(filter).filter((value) => value !== undefined && value !== '' && value !== false).length;

/**
 * Business Central's Interaction Log Entries: filters, pages of 50, cancel/restore and evaluate entries, delete the
 * canceled ones.
 */
export function InteractionLogView({ initialFilter }: { initialFilter?: LogFilter; navigate: Navigate }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const reference = useReferenceData();
  const page = useLogPage(initialFilter);
  const exporter = useExport((exports, format, lang) => exports.interactionLog(page.filter, format, lang));
  const { list } = page;
  const initialDraft = useMemo(() => draftOf(initialFilter), [initialFilter]);
  const reloading = list.loading && list.items.length > 0;
  const narrow = useMediaQuery(NARROW);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersShown = !narrow || filtersOpen;
  const active = activeFilters(page.filter);

  return (
    <section className={styles.stack} aria-labelledby="log-heading" aria-busy={list.loading}>
      <div className={styles.titleBar}>
        <Text as="h2" id="log-heading" size={500} weight="semibold" className={styles.title}>
          {t('interaction-log.title')}
        </Text>
        {reloading && <Spinner size="tiny" label={t('common.loading')} />}
        <ExportMenu busy={exporter.busy} onExport={exporter.start} />
        {/* Focusable while busy: a disabled button would drop the keyboard's place before the question opens. */}
        <Button icon={<DeleteRegular />} disabledFocusable={page.busy} onClick={page.askDelete}>
          {t('interaction-log.deleteCanceled')}
        </Button>
      </div>
      <ProblemBar error={exporter.error} onDismiss={exporter.clearError} />
      {narrow && (
        <Button
          icon={<FilterRegular />}
          aria-expanded={filtersOpen}
          aria-controls="log-filters"
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {active > 0 ? t('interaction-log.filtersActive', { n: active }) : t('interaction-log.filters')}
        </Button>
      )}
      {reference.data && (
        <div id="log-filters" hidden={!filtersShown}>
          <LogFilterBar
            initial={initialDraft}
            reference={reference.data}
            onApply={(draft) => {
              page.applyFilter(filterOf(draft));
              setFiltersOpen(false);
            }}
          />
        </div>
      )}
      <ProblemBar
        error={page.error ?? (reference.status === 'error' ? reference.error : null)}
        onDismiss={page.clearError}
      />
      {page.message && (
        <MessageBar intent="success" aria-live="polite">
          <MessageBarBody>{page.message}</MessageBarBody>
        </MessageBar>
      )}
      <PagedListBody list={list} empty={t('interaction-log.empty')}>
        {() => (
          <LogTable
            entries={list.items}
            busy={page.busy}
            onCancel={(entry, canceled) => page.change(entry, { canceled })}
            onEvaluate={(entry, evaluation) => page.change(entry, { evaluation })}
          />
        )}
      </PagedListBody>
      <DeleteCanceledDialog count={page.toDelete} onConfirm={page.confirmDelete} onCancel={page.cancelDelete} />
    </section>
  );
}
