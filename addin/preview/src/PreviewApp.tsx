import { useState } from 'react';
import { Body1, Button, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { InterlogServices } from '@interlog/app-shell';
import { ThemeRoot } from '@interlog/ui-kit';
import type { HostTheme } from '@interlog/outlook';
import { PaneRoot } from '@interlog/outlook';
import { sampleItems, sampleNames, type SampleName } from './sample-items';
import type { SimulatedMailHost } from './simulated-mail-host';
import { PreviewSelect } from './PreviewSelect';
import { ThemeAndLanguageSwitches } from './ThemeAndLanguageSwitches';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXXL,
    padding: tokens.spacingHorizontalL,
    alignItems: 'flex-start',
  },
  controls: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, width: '300px' },
  select: { width: '100%', minWidth: 0 },
  pane: {
    width: '360px',
    minHeight: '640px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
  },
});

interface PreviewAppProps {
  host: SimulatedMailHost;
  services: InterlogServices;
  i18n: I18n;
  initial: { sample: SampleName; theme: HostTheme; variant: string };
}

function Controls({
  host,
  i18n,
  sample,
  theme,
  variant,
  onSample,
  onTheme,
}: {
  host: SimulatedMailHost;
  i18n: I18n;
  sample: SampleName;
  theme: HostTheme;
  variant: string;
  onSample: (s: SampleName) => void;
  onTheme: (t: HostTheme) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <aside className={styles.controls} aria-label={t('preview.title')}>
      <Title2 as="h1">{t('preview.title')}</Title2>
      <Body1>{t('preview.intro')}</Body1>
      <PreviewSelect
        label={t('preview.sample')}
        className={styles.select}
        value={sample}
        options={sampleNames}
        optionLabel={(name) => t(`preview.samples.${name}`)}
        onChange={onSample}
      />
      <ThemeAndLanguageSwitches
        theme={theme}
        onTheme={onTheme}
        i18n={i18n}
        onLanguage={(lng) => host.setLanguage(lng)}
        selectClassName={styles.select}
      />
      <Button onClick={() => host.select(sampleItems[sample](variant))}>{t('preview.switchItem')}</Button>
    </aside>
  );
}

/** The task pane beside controls that play Outlook: which item is open, the theme, the language. */
export function PreviewApp({ host, services, i18n, initial }: PreviewAppProps) {
  const styles = useStyles();
  const [sample, setSample] = useState<SampleName>(initial.sample);
  const [theme, setTheme] = useState<HostTheme>(initial.theme);
  return (
    <I18nextProvider i18n={i18n}>
      <ThemeRoot theme={theme} lang={i18n.language}>
        <div className={styles.page}>
          <Controls
            host={host}
            i18n={i18n}
            sample={sample}
            theme={theme}
            variant={initial.variant}
            onSample={(next) => {
              setSample(next);
              host.select(sampleItems[next](initial.variant));
            }}
            onTheme={(next) => {
              setTheme(next);
              host.setTheme(next);
            }}
          />
          <div className={styles.pane} data-testid="task-pane">
            <PaneRoot host={host} services={services} i18n={i18n} />
          </div>
        </div>
      </ThemeRoot>
    </I18nextProvider>
  );
}
