import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { AutomaticRecordingSettings } from '@interlog/interactions';
import type { SetupPage } from '../tab/tab-location';
import { SetupPageHeading } from './SetupPageHeading';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0, maxWidth: '640px' },
});

/** The signed-in user's own automatic recording, beside the template setup it depends on. */
export function AutomaticRecordingPage({ openPage }: { openPage: (page: SetupPage) => void }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <section className={styles.stack} aria-labelledby="setup-recording-heading">
      <SetupPageHeading
        id="setup-recording-heading"
        title={t('setup.nav.recording')}
        intro={t('settings.recording.intro')}
      />
      <AutomaticRecordingSettings onOpenTemplateSetup={() => openPage('templateSetup')} />
    </section>
  );
}
