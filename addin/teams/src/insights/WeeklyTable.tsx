import { TableCell, TableRow } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { InteractionInsights } from '@interlog/api-client';
import { useFormat } from '@interlog/i18n';
import { DataTable, useDataTableStyles } from '@interlog/ui-kit';
import { useSeriesName } from './use-series-name';
import { countIn, weekTotal } from './weekly-counts';
import { useWeekLabel } from './use-week-label';

/** The weekly chart's numbers: a row per week, a column per series, and the week's total. */
export function WeeklyTable({ insights, label }: { insights: InteractionInsights; label: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const table = useDataTableStyles();
  const seriesName = useSeriesName(insights.by);
  const week = useWeekLabel();
  const split = insights.by !== 'none';
  return (
    <DataTable
      aria-label={label}
      columns={[
        { key: 'week', label: t('insights.weekly.week') },
        ...(split
          ? insights.series.map((series) => ({ key: series.key, label: seriesName(series), numeric: true }))
          : []),
        { key: 'total', label: split ? t('insights.weekly.total') : t('insights.weekly.all'), numeric: true },
      ]}
    >
      {insights.weeks.map((monday) => (
        <TableRow key={monday}>
          <TableCell>{week.long(monday)}</TableCell>
          {split &&
            insights.series.map((series) => (
              <TableCell key={series.key} className={table.number}>
                {format.number(countIn(series, monday))}
              </TableCell>
            ))}
          <TableCell className={table.number}>{format.number(weekTotal(insights, monday))}</TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
