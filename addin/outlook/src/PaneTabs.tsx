import { Suspense } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { lazyPart } from '@interlog/ui-kit';

// Record is the view the pane opens on: the tabs to the others come a moment after its first paint.
const PaneTabList = lazyPart(() => import('./PaneTabList'));
export const loadPaneTabList = PaneTabList.load;

// Fluent's small tabs, drawn without their code until it is there: the same boxes, so nothing moves.
const useStyles = makeStyles({
  list: {
    display: 'flex',
    '@media (max-width: 480px)': { flexWrap: 'wrap', flexShrink: 1, minWidth: 0 },
  },
  tab: {
    display: 'inline-grid',
    justifyItems: 'center',
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    '@media (pointer: coarse)': { minHeight: '44px', alignItems: 'center' },
    // The label and its bold copy share the cell, so the box is as wide as the selected tab's.
    '> *': { gridArea: '1 / 1' },
  },
  selected: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  reserve: { visibility: 'hidden', fontWeight: tokens.fontWeightSemibold },
});

export interface PaneTabsProps {
  view: string;
  onChange: (view: string) => void;
}

/** The pane's views as tabs: record, postponed, settings. */
export function PaneTabs({ view, onChange }: PaneTabsProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const views: [string, string][] = [
    ['record', t('nav.record')],
    ['postponed', t('nav.postponed')],
    ['settings', t('settings.title')],
  ];
  const standIn = (
    <div aria-hidden className={styles.list}>
      {views.map(([value, label]) => (
        <span key={value} className={mergeClasses(styles.tab, value === view && styles.selected)}>
          <span>{label}</span>
          <span className={styles.reserve}>{label}</span>
        </span>
      ))}
    </div>
  );
  return (
    <Suspense fallback={standIn}>
      <PaneTabList views={views} view={view} onChange={onChange} />
    </Suspense>
  );
}
