import { useRef } from 'react';
import { HorizontalBarChart, HorizontalBarChartVariant, type ChartProps } from '@fluentui/react-charts';
import { useTranslation } from 'react-i18next';
import type { RecordStatistics } from '@interlog/api-client';
import { useFormat } from '@interlog/i18n';
import { evaluationKeys } from './statistics/statistics-figures';
import { useChartColors } from './chart-colors';

/** A bar per evaluation (very positive … none), on one scale: how many entries got it. */
export function EvaluationsChart({ evaluations }: { evaluations: RecordStatistics['evaluations'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const box = useRef<HTMLDivElement>(null);
  const colors = useChartColors(box);
  const most = Math.max(1, ...evaluationKeys.map((key) => evaluations[key] ?? 0));
  const data: ChartProps[] = evaluationKeys.map((key) => {
    const name = t(`evaluation.${key}`);
    const count = evaluations[key] ?? 0;
    return {
      chartTitle: name,
      chartData: [
        {
          legend: name,
          horizontalBarChartdata: { x: count, total: most },
          color: colors.evaluation(key),
          yAxisCalloutData: format.number(count),
        },
      ],
    };
  });
  return (
    <div ref={box}>
      <HorizontalBarChart
        data={data}
        variant={HorizontalBarChartVariant.AbsoluteScale}
        culture={format.locale}
        barHeight={16}
      />
    </div>
  );
}
