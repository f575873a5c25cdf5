import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys, type RecordStatistics, type StatisticsKind } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { useFormat } from '@interlog/i18n';
import { ProblemBar, ViewDialog } from '@interlog/ui-kit';
import { EvaluationsTable } from './EvaluationsTable';
import { Figures } from './Figures';
import { MonthsTable } from './MonthsTable';
import { hasEvaluations, recordFigures } from './statistics-figures';

export interface StatisticsOf {
  kind: StatisticsKind;
  code: string;
  /** The record as the title names it (description and code). */
  name: string;
}

const useStyles = makeStyles({
  surface: { maxWidth: 'min(44rem, calc(100vw - 32px))' },
  part: { marginTop: tokens.spacingVerticalS },
  // In the dialog's column the tables keep their height; the dialog scrolls instead.
  table: { flexShrink: 0 },
});

/** One record's statistics: the sums, attempts failed, last dates, the evaluations and the last twelve months. */
export function RecordStatisticsDialog({ record, onClose }: { record: StatisticsOf; onClose: () => void }) {
  const { t } = useTranslation();
  const { api } = useInterlog();
  const format = useFormat();
  const styles = useStyles();
  const statistics = useQuery({
    queryKey: queryKeys.statistics.of(record.kind, record.code),
    queryFn: (): Promise<RecordStatistics> =>
      record.kind === 'logged-segments'
        ? api.statistics.ofLoggedSegment(Number(record.code))
        : record.kind === 'contacts'
          ? api.statistics.ofContact(record.code)
          : api.statistics.of(record.kind, record.code),
  });
  const title = t('insights.statistics.title', { name: record.name });
  return (
    <ViewDialog title={title} onClose={onClose} className={styles.surface} focusableContent>
      <ProblemBar error={statistics.error} />
      {statistics.isPending && <Spinner label={t('common.loading')} />}
      {statistics.data && (
        <>
          <Figures figures={recordFigures(t, format, record.kind, statistics.data)} />
          {hasEvaluations(record.kind) && (
            <EvaluationsTable
              evaluations={statistics.data.evaluations}
              label={t('insights.statistics.evaluation')}
              className={styles.table}
            />
          )}
          <Text as="h3" weight="semibold" className={styles.part}>
            {t('insights.statistics.perMonth')}
          </Text>
          <MonthsTable
            perMonth={statistics.data.perMonth}
            label={t('insights.statistics.perMonth')}
            className={styles.table}
          />
        </>
      )}
    </ViewDialog>
  );
}
