import { useRef } from 'react';
import { VerticalStackedBarChart, type VerticalStackedChartProps } from '@fluentui/react-charts';
import { makeStyles } from '@fluentui/react-components';
import type { InteractionInsights } from '@interlog/api-client';
import { useFormat } from '@interlog/i18n';
import { useChartColors } from './chart-colors';
import { useSeriesName } from './use-series-name';
import { useWeekLabel } from './use-week-label';
import { countIn } from './weekly-counts';

const useStyles = makeStyles({
  chart: { width: '100%', minWidth: 0, overflow: 'hidden' },
  // Fluent's legends capitalize every word ("All Interactions"): names are shown as written.
  legend: { textTransform: 'none' },
});

/** Interactions per week as stacked bars, one color per series (template, group, salesperson). */
export function WeeklyChart({ insights, label }: { insights: InteractionInsights; label: string }) {
  const styles = useStyles();
  const format = useFormat();
  const box = useRef<HTMLDivElement>(null);
  const colors = useChartColors(box);
  const seriesName = useSeriesName(insights.by);
  const week = useWeekLabel();
  const data: VerticalStackedChartProps[] = insights.weeks.map((monday) => ({
    xAxisPoint: week.short(monday),
    xAxisCalloutData: week.long(monday),
    chartData: insights.series.map((series, s) => ({
      legend: seriesName(series),
      data: countIn(series, monday),
      color: colors.series(s),
      yAxisCalloutData: format.number(countIn(series, monday)),
    })),
  }));
  return (
    <div className={styles.chart} ref={box}>
      <VerticalStackedBarChart
        data={data}
        height={280}
        culture={format.locale}
        yAxisTickFormat={(value: number) => format.number(value)}
        roundedTicks
        hideLabels
        barWidth="auto"
        maxBarWidth={32}
        svgProps={{ 'aria-label': label }}
        legendProps={{ allowFocusOnLegends: true, styles: { text: styles.legend } }}
        enabledLegendsWrapLines
      />
    </div>
  );
}
