import { lazy, Suspense, useState } from 'react';
import { Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { TeamsHost } from '../host/teams-host';
import { LoadFailureBoundary } from '@interlog/ui-kit';
import { SegmentsView } from '../segments/SegmentsView';
import { locationOf, type TabLocation } from './tab-location';

const LoggedSegmentsView = lazy(() =>
  import('../logged-segments/LoggedSegmentsView').then((m) => ({ default: m.LoggedSegmentsView })),
);
const InteractionLogView = lazy(() =>
  import('../interaction-log/InteractionLogView').then((m) => ({ default: m.InteractionLogView })),
);
const SetupView = lazy(() => import('../setup/SetupView').then((m) => ({ default: m.SetupView })));
// The charts (and d3 under them) ride in this section's own chunk.
const InsightsView = lazy(() => import('../insights/InsightsView').then((m) => ({ default: m.InsightsView })));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minWidth: 0,
  },
  // On a phone the section tabs scroll themselves sideways, never the page.
  nav: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowX: 'auto',
    scrollbarWidth: 'thin',
    '& > button': { flexShrink: 0 },
  },
});

const sections: TabLocation['section'][] = ['segments', 'logged', 'log', 'setup', 'insights'];

/** The marketing leads' tab: segments, logged segments, the interaction log, setup and insights. */
export function MarketingTab({ host }: { host: TeamsHost }) {
  const { t } = useTranslation();
  const styles = useStyles();
  // Where the user is (the open segment, the setup page) lives here; the screens read their data by query key.
  const [location, navigate] = useState<TabLocation>(() => locationOf(host.context().subPageId));
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
      <LoadFailureBoundary key={location.section}>
        <Suspense fallback={<Spinner label={t('common.loading')} />}>
          {location.section === 'segments' && <SegmentsView segmentNo={location.segmentNo} navigate={navigate} />}
          {location.section === 'logged' && <LoggedSegmentsView navigate={navigate} />}
          {location.section === 'log' && (
            // Another filter given by a screen is another log: its filter bar starts from it.
            <InteractionLogView
              key={JSON.stringify(location.filter ?? {})}
              initialFilter={location.filter}
              navigate={navigate}
            />
          )}
          {location.section === 'setup' && (
            <SetupView page={location.page} openPage={(page) => navigate({ section: 'setup', page })} />
          )}
          {location.section === 'insights' && <InsightsView />}
        </Suspense>
      </LoadFailureBoundary>
    </main>
  );
}
