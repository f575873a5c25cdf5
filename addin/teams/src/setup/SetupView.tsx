import type { ComponentType } from 'react';
import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SetupPage } from '../tab/tab-location';
import { AutomaticRecordingPage } from './AutomaticRecordingPage';
import { InteractionGroupsPage } from './InteractionGroupsPage';
import { InteractionTemplatesPage } from './InteractionTemplatesPage';
import { MarketingSetupPage } from './MarketingSetupPage';
import { NumberSeriesPage } from './NumberSeriesPage';
import { SalespeoplePage } from './SalespeoplePage';
import { TemplateSetupPage } from './TemplateSetupPage';
import { UnknownCorrespondentsPage } from './unknown/UnknownCorrespondentsPage';

const pages: SetupPage[] = [
  'marketingSetup',
  'numberSeries',
  'groups',
  'templates',
  'templateSetup',
  'salespeople',
  'recording',
  'unknown',
];

const views: Record<SetupPage, ComponentType<{ openPage: (page: SetupPage) => void }>> = {
  marketingSetup: MarketingSetupPage,
  numberSeries: NumberSeriesPage,
  groups: InteractionGroupsPage,
  templates: InteractionTemplatesPage,
  templateSetup: TemplateSetupPage,
  salespeople: SalespeoplePage,
  recording: AutomaticRecordingPage,
  unknown: UnknownCorrespondentsPage,
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  body: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalL,
    minWidth: 0,
    '@media (max-width: 640px)': { flexDirection: 'column', alignItems: 'stretch' },
  },
  nav: { flexShrink: 0, minWidth: '180px' },
  // Fluent centres a vertical tab's text in the width of its bold form: start it at the left like a menu.
  tabText: { textAlign: 'start' },
  page: { flexGrow: 1, minWidth: 0 },
});

/**
 * Business Central's marketing setup pages, and the user's own automatic recording, one at a time beside
 * a list of them (the tab's location says which).
 */
export function SetupView({
  page = 'marketingSetup',
  openPage,
}: {
  page?: SetupPage;
  openPage: (page: SetupPage) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const Page = views[page];
  return (
    <section className={styles.root} aria-labelledby="setup-heading">
      <Text as="h2" id="setup-heading" size={500} weight="semibold" className={styles.heading}>
        {t('setup.title')}
      </Text>
      <div className={styles.body}>
        <TabList
          className={styles.nav}
          vertical
          selectedValue={page}
          onTabSelect={(_, d) => openPage(d.value as SetupPage)}
          aria-label={t('setup.pages')}
        >
          {pages.map((name) => (
            <Tab
              key={name}
              value={name}
              id={`setup-tab-${name}`}
              aria-controls="setup-page"
              content={{ className: styles.tabText }}
            >
              {t(`setup.nav.${name}`)}
            </Tab>
          ))}
        </TabList>
        <div className={styles.page} id="setup-page" role="tabpanel" aria-labelledby={`setup-tab-${page}`}>
          <Page key={page} openPage={openPage} />
        </div>
      </div>
    </section>
  );
}
