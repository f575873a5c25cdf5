import { DataVizPalette, getColorFromToken, getNextColor } from '@fluentui/react-charts';
import type { RecordStatistics } from '@interlog/api-client';
import { useUiTheme } from '@interlog/ui-kit';

type EvaluationKey = keyof RecordStatistics['evaluations'];

const evaluationTokens: Record<EvaluationKey, string> = {
  veryPositive: DataVizPalette.highSuccess,
  positive: DataVizPalette.success,
  neutral: DataVizPalette.info,
  negative: DataVizPalette.warning,
  veryNegative: DataVizPalette.error,
  none: DataVizPalette.disabled,
};

/** The charts' colors in the page's theme: the data-viz palette's dark shades on dark and high contrast. */
export function useChartColors() {
  const dark = useUiTheme() !== 'light';
  return {
    series: (index: number) => getNextColor(index, 0, dark),
    evaluation: (evaluation: EvaluationKey) => getColorFromToken(evaluationTokens[evaluation], dark),
  };
}
