import { useState } from 'react';
import { Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { InterlogServices } from '@interlog/app-shell';
import { ThemeRoot, type UiTheme } from '@interlog/ui-kit';
import { TeamsRoot, MarketingTab, MeetingPanel, TabConfigPage } from '@interlog/teams';
import type { SimulatedTeamsHost } from '@interlog/teams';
import { PreviewSelect } from '../PreviewSelect';
import { ThemeAndLanguageSwitches } from '../ThemeAndLanguageSwitches';

export type TeamsPreviewPage = 'tab' | 'meeting' | 'config';
const pages: TeamsPreviewPage[] = ['tab', 'meeting', 'config'];

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  frame: { padding: tokens.spacingHorizontalM },
  sidePanel: {
    width: '320px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    minHeight: '600px',
  },
});

interface Props {
  host: SimulatedTeamsHost;
  services: InterlogServices;
  i18n: I18n;
  initialPage: TeamsPreviewPage;
}

function Bar({
  page,
  theme,
  i18n,
  onPage,
  onTheme,
}: {
  page: TeamsPreviewPage;
  theme: UiTheme;
  i18n: I18n;
  onPage: (p: TeamsPreviewPage) => void;
  onTheme: (t: UiTheme) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <header className={styles.bar}>
      <Title2 as="h1">{t('teams.preview.title')}</Title2>
      <PreviewSelect
        label={t('teams.preview.page')}
        value={page}
        options={pages}
        optionLabel={(p) => t(`teams.preview.pages.${p}`)}
        onChange={onPage}
      />
      <ThemeAndLanguageSwitches theme={theme} onTheme={onTheme} i18n={i18n} />
    </header>
  );
}

/** The Teams pages outside Teams, against a simulated Teams: page, theme and language switches. */
export function TeamsPreviewApp({ host, services, i18n, initialPage }: Props) {
  const styles = useStyles();
  const [page, setPage] = useState(initialPage);
  const [theme, setTheme] = useState<UiTheme>(host.context().theme);
  return (
    <I18nextProvider i18n={i18n}>
      <ThemeRoot theme={theme} lang={i18n.language}>
        <Bar
          page={page}
          theme={theme}
          i18n={i18n}
          onPage={setPage}
          onTheme={(next) => {
            setTheme(next);
            host.setTheme(next);
          }}
        />
        <div className={styles.frame}>
          <TeamsRoot host={host} services={services} i18n={i18n}>
            {page === 'tab' && (
              <div data-testid="marketing-tab">
                <MarketingTab host={host} />
              </div>
            )}
            {page === 'meeting' && (
              <div className={styles.sidePanel} data-testid="meeting-side-panel">
                <MeetingPanel host={host} />
              </div>
            )}
            {page === 'config' && <TabConfigPage host={host} />}
          </TeamsRoot>
        </div>
      </ThemeRoot>
    </I18nextProvider>
  );
}
