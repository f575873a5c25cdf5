import { lazy, Suspense, useState } from 'react';
import { Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { TeamsHost } from '../host/teams-host';
import { SegmentsView } from '../segments/SegmentsView';
import type { TabLocation } from './tab-location';

const LoggedSegmentsView = lazy(() =>
  import('../logged-segments/LoggedSegmentsView').then((m) => ({ default: m.LoggedSegmentsView })),
);
const InteractionLogView = lazy(() =>
  import('../interaction-log/InteractionLogView').then((m) => ({ default: m.InteractionLogView })),
);
const SetupView = lazy(() => import('../setup/SetupView').then((m) => ({ default: m.SetupView })));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minWidth: 0,
  },
  nav: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

const sections: TabLocation['section'][] = ['segments', 'logged', 'log', 'setup'];

/** The marketing leads' tab: segments, logged segments, the interaction log and setup. */
export function MarketingTab(_props: { host: TeamsHost }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const [location, setLocation] = useState<TabLocation>({ section: 'segments' });
  // Each visit remounts the section, so a screen opened by `navigate` starts from what it was given.
  const [visit, setVisit] = useState(0);
  const navigate = (to: TabLocation) => {
    setLocation(to);
    setVisit((v) => v + 1);
  };
  return (
    <main className={styles.root}>
      <TabList
        className={styles.nav}
        selectedValue={location.section}
        onTabSelect={(_, d) => navigate({ section: d.value as TabLocation['section'] })}
      >
        {sections.map((section) => (
          <Tab key={section} value={section}>
            {t(`tab.nav.${section}`)}
          </Tab>
        ))}
      </TabList>
      <Suspense fallback={<Spinner label={t('common.loading')} />}>
        {location.section === 'segments' && (
          <SegmentsView key={visit} segmentNo={location.segmentNo} navigate={navigate} />
        )}
        {location.section === 'logged' && <LoggedSegmentsView key={visit} navigate={navigate} />}
        {location.section === 'log' && (
          <InteractionLogView key={visit} initialFilter={location.filter} navigate={navigate} />
        )}
        {location.section === 'setup' && <SetupView key={visit} initialPage={location.page} />}
      </Suspense>
    </main>
  );
}
