import { visuallyHidden } from '@interlog/ui-kit';
import { makeStyles, tokens } from '@fluentui/react-components';

/** Bar geometry of the trend, in pixels: the SVG is drawn at this size. */
export const TREND = { barWidth: 8, gap: 3, height: 28 } as const;

export const useContactCardStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  // Room for the figures while they load, so the timeline under the card moves once, not twice.
  pending: { minHeight: '96px' },
  // A figure moves to the next row whole rather than breaking its date.
  figures: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  figure: { display: 'flex', flexDirection: 'column', flex: '1 1 auto', minWidth: 0 },
  label: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, whiteSpace: 'nowrap' },
  trend: { display: 'flex', alignItems: 'flex-end', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  trendText: { flex: '1 1 140px', color: tokens.colorNeutralForeground2 },
  bars: { flexShrink: 0, display: 'block' },
  bar: {
    fill: tokens.colorBrandBackground,
    '@media (forced-colors: active)': { fill: 'CanvasText' },
  },
  emptyBar: {
    fill: tokens.colorNeutralStroke1,
    '@media (forced-colors: active)': { fill: 'GrayText' },
  },
  totals: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2 },
  quiet: { color: tokens.colorNeutralForeground3, display: 'flex', alignItems: 'center', flexWrap: 'wrap' },
  // Read by screen readers, not shown: the trend's numbers as a table.
  visuallyHidden,
});
