import {
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useReferenceData } from '@interlog/interactions';
import { SavedBar } from '@interlog/ui-kit';
import type { MailboxSettings } from '../host/mailbox-settings';
import { sendPreferences } from '../on-send/send-preference';
import { useSendPreference } from './use-send-preference';

const choices = {
  off: { label: 'settings.send.off', hint: 'settings.send.offHint' },
  ask: { label: 'settings.send.ask', hint: 'settings.send.askHint' },
  always: { label: 'settings.send.always', hint: 'settings.send.alwaysHint' },
} as const;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  choices: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // Under the radio's label text: the radio's indicator and spacing are about 32px wide.
  hint: { display: 'block', paddingLeft: '32px', color: tokens.colorNeutralForeground2 },
  note: { color: tokens.colorNeutralForeground2 },
});

/**
 * "Record emails I send to Interlog contacts" for this mailbox: never, ask before sending, or always (the on-send
 * runtime reads it).
 */
export function SendPreferenceSection({ settings }: { settings: MailboxSettings }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const preference = useSendPreference(settings);
  const setup = useReferenceData().data?.templateSetup;
  const detail = preference.error instanceof Error ? preference.error.message : String(preference.error);
  return (
    <section className={styles.section} aria-labelledby="send-preference-heading">
      <Subtitle2 as="h2" id="send-preference-heading" className={styles.heading}>
        {t('settings.send.title')}
      </Subtitle2>
      <Field label={t('settings.send.question')}>
        <RadioGroup
          className={styles.choices}
          value={preference.value}
          disabled={preference.busy}
          onChange={(_, data) => preference.choose(data.value as typeof preference.value)}
        >
          {sendPreferences.map((choice) => (
            <div key={choice}>
              <Radio
                value={choice}
                label={t(choices[choice].label)}
                aria-describedby={`send-preference-${choice}-hint`}
              />
              <Caption1 id={`send-preference-${choice}-hint`} className={styles.hint}>
                {t(choices[choice].hint)}
              </Caption1>
            </div>
          ))}
        </RadioGroup>
      </Field>
      <Caption1 className={styles.note}>{t('settings.send.requirement')}</Caption1>
      {setup && !setup.emails && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('settings.send.noTemplate')}</MessageBarBody>
        </MessageBar>
      )}
      <SavedBar text={preference.saved ? t('settings.send.saved') : null} />
      {preference.error !== null && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{t('settings.send.saveFailed', { detail })}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
