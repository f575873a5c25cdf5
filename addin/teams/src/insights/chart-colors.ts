import { useSyncExternalStore, type RefObject } from 'react';
import { DataVizPalette, getColorFromToken, getNextColor } from '@fluentui/react-charts';
import type { RecordStatistics } from '@interlog/api-client';

type EvaluationKey = keyof RecordStatistics['evaluations'];

const evaluationTokens: Record<EvaluationKey, string> = {
  veryPositive: DataVizPalette.highSuccess,
  positive: DataVizPalette.success,
  neutral: DataVizPalette.info,
  negative: DataVizPalette.warning,
  veryNegative: DataVizPalette.error,
  // The palette's `disabled` grey (#dbdbdb) all but vanishes on white: a grey with 3:1 contrast on both backgrounds.
  none: '#858585',
};

// The theme ThemeRoot marks (data-theme) around an element, followed when the host switches it. Read here rather
// than through a context so the Outlook pane's first load carries nothing for the charts.
const onThemeChange = (changed: () => void) => {
  const observer = new MutationObserver(changed);
  observer.observe(document.body, { subtree: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
};

/** The charts' colors in the theme around `inside` (their box): the palette's dark shades on dark and contrast. */
export function useChartColors(inside: RefObject<HTMLElement | null>) {
  const theme = useSyncExternalStore(
    onThemeChange,
    () => inside.current?.closest('[data-theme]')?.getAttribute('data-theme') ?? 'light',
  );
  const dark = theme !== 'light';
  return {
    series: (index: number) => getNextColor(index, 0, dark),
    evaluation: (evaluation: EvaluationKey) => getColorFromToken(evaluationTokens[evaluation], dark),
  };
}
