import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, queryKeys, type InsightsSplit } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { useFormat } from '@interlog/i18n';
import { ProblemBar } from '@interlog/ui-kit';
import { Figures } from './statistics/Figures';
import { sumFigures } from './statistics/statistics-figures';
import { ChartOrTable } from './ChartOrTable';
import type { Period } from './period';
import { WeeklyChart } from './WeeklyChart';
import { WeeklyTable } from './WeeklyTable';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** The weekly chart (or its table) of the period, and the period's totals. */
export function WeeklyInsights({ period, by }: { period: Period; by: InsightsSplit }) {
  const { t } = useTranslation();
  const { api } = useInterlog();
  const format = useFormat();
  const styles = useStyles();
  const query = { ...period, by };
  // The last answer stays on screen while the next period loads; a refused period shows its problem instead.
  const insights = useQuery({
    queryKey: queryKeys.statistics.insights(query),
    queryFn: () => api.insights.interactions(query),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const data = insights.isError ? undefined : insights.data;
  const title = t('insights.weekly.title');
  return (
    <div className={styles.stack} aria-busy={insights.isFetching}>
      <ProblemBar
        error={insights.error}
        text={insights.error instanceof ApiError && insights.error.status === 400 ? t('insights.badPeriod') : undefined}
      />
      {insights.isPending && <Spinner label={t('common.loading')} />}
      {data && (
        <>
          <ChartOrTable
            title={title}
            description={[
              t('insights.weekly.description', {
                from: format.date(`${data.from}T00:00:00`),
                to: format.date(`${data.to}T00:00:00`),
              }),
              data.by !== 'none' && t('insights.weekly.splitBy', { split: t(`insights.splits.${data.by}`) }),
            ]
              .filter(Boolean)
              .join(' ')}
            chart={<WeeklyChart insights={data} label={title} />}
            table={<WeeklyTable insights={data} label={title} />}
          />
          {data.totals.noOfInteractions === 0 && <Text>{t('insights.weekly.empty')}</Text>}
          <Text as="h3" size={400} weight="semibold">
            {t('insights.totals')}
          </Text>
          <Figures figures={sumFigures(t, format, data.totals)} />
        </>
      )}
    </div>
  );
}
