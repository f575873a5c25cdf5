import { Divider, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { AutomaticRecordingSettings } from '@interlog/interactions';
import type { MailboxSettings } from '../host/mailbox-settings';
import { SendPreferenceSection } from './SendPreferenceSection';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
});

/**
 * The Settings tab: automatic recording of the user's mailbox (on the server) and what happens when they send an email
 * (in this mailbox).
 */
export default function SettingsView({ settings }: { settings: MailboxSettings }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div className={styles.view}>
      <section className={styles.section} aria-labelledby="automatic-recording-heading">
        <Subtitle2 as="h2" id="automatic-recording-heading" className={styles.heading}>
          {t('settings.recording.title')}
        </Subtitle2>
        <Text className={styles.intro}>{t('settings.recording.intro')}</Text>
        <AutomaticRecordingSettings />
      </section>
      <Divider />
      <SendPreferenceSection settings={settings} />
    </div>
  );
}
