import { useState } from 'react';
import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { useFormat } from '@interlog/i18n';
import { ChoiceField, ProblemBar } from '@interlog/ui-kit';
import { EvaluationsTable } from './statistics/EvaluationsTable';
import { Figures } from './statistics/Figures';
import { recordFigures } from './statistics/statistics-figures';
import { ChartOrTable } from './ChartOrTable';
import { EvaluationsChart } from './EvaluationsChart';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  choice: { maxWidth: '28rem' },
});

/** A logged segment's results: its entries, cost and duration, attempts failed, emails, and evaluations. */
export function SegmentResults() {
  const { t } = useTranslation();
  const { api } = useInterlog();
  const format = useFormat();
  const styles = useStyles();
  const logged = useQuery({
    queryKey: queryKeys.loggedSegments.choices,
    queryFn: () => api.loggedSegments.list().then((page) => page.items),
  });
  const [chosen, setChosen] = useState<number | null>(null);
  const entryNo = chosen ?? logged.data?.[0]?.entryNo;
  const statistics = useQuery({
    queryKey: queryKeys.statistics.of('logged-segments', String(entryNo)),
    queryFn: () => api.statistics.ofLoggedSegment(entryNo!),
    enabled: entryNo !== undefined,
  });
  const s = statistics.data;
  return (
    <section className={styles.stack} aria-labelledby="segment-results-heading">
      <Text as="h3" id="segment-results-heading" size={400} weight="semibold">
        {t('insights.segment.title')}
      </Text>
      <ProblemBar error={logged.error ?? statistics.error} />
      {logged.isSuccess && logged.data.length === 0 && <Text>{t('insights.segment.empty')}</Text>}
      {entryNo !== undefined && (
        <ChoiceField
          className={styles.choice}
          label={t('insights.segment.choose')}
          value={String(entryNo)}
          choices={(logged.data ?? []).map((l) => ({
            value: String(l.entryNo),
            label: t('insights.segment.option', { entryNo: l.entryNo, description: l.description || l.segmentNo }),
          }))}
          onChange={(value) => setChosen(Number(value))}
        />
      )}
      {statistics.isFetching && !s && <Spinner label={t('common.loading')} />}
      {s && entryNo !== undefined && (
        <>
          <Figures
            figures={[
              ...recordFigures(t, format, 'logged-segments', s),
              { label: t('insights.segment.emailsDelivered'), value: format.number(s.emailsDelivered) },
              { label: t('insights.segment.emailsFailed'), value: format.number(s.emailsFailed) },
              { label: t('insights.segment.emailsPending'), value: format.number(s.emailsPending) },
            ]}
          />
          <ChartOrTable
            title={t('insights.segment.evaluations', { entryNo })}
            description={t('insights.segment.evaluationsDescription', { entryNo })}
            chart={<EvaluationsChart evaluations={s.evaluations} />}
            table={
              <EvaluationsTable evaluations={s.evaluations} label={t('insights.segment.evaluations', { entryNo })} />
            }
          />
        </>
      )}
    </section>
  );
}
