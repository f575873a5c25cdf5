import { Caption1, Spinner, Switch, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { MailboxRecording, RecordingKind } from '@interlog/api-client';
import type { SwitchBlock } from './recording-rules';
import { RecordingStatus } from './RecordingStatus';
import { TemplateSetupHint } from './TemplateSetupHint';

const labels = {
  emails: 'settings.recording.emails',
  meetings: 'settings.recording.meetings',
  receivedEmails: 'settings.recording.receivedEmails',
} as const;
const noTemplate = {
  emails: 'settings.recording.noTemplateEmails',
  meetings: 'settings.recording.noTemplateMeetings',
  receivedEmails: 'settings.recording.noTemplateReceivedEmails',
} as const;

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  control: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // The switch's own label has padding on the left: line the details up with the label's text.
  details: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
  },
  note: { color: tokens.colorNeutralForeground2 },
});

export interface RecordingSwitchProps {
  kind: RecordingKind;
  mailbox: MailboxRecording;
  /** The template's description and code (its code when the templates are not known). */
  templateName: string;
  block: SwitchBlock;
  /** Being switched now: shows the value asked for, with a spinner. */
  changing: boolean;
  disabled: boolean;
  onChange: (on: boolean) => void;
  onOpenTemplateSetup?: () => void;
}

/** One kind of automatic recording: its switch, the template it records with and how it goes. */
export function RecordingSwitch({
  kind,
  mailbox,
  templateName,
  block,
  changing,
  disabled,
  onChange,
  onOpenTemplateSetup,
}: RecordingSwitchProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const detailsId = useId('recording-details');
  const checked = changing ? !mailbox.enabled : mailbox.enabled;
  return (
    <div className={styles.row} data-testid={`recording-${kind}`}>
      <div className={styles.control}>
        <Switch
          checked={checked}
          disabled={disabled || block !== null}
          label={t(labels[kind])}
          aria-describedby={detailsId}
          onChange={(_, data) => onChange(data.checked)}
        />
        {changing && (
          <Spinner
            size="extra-tiny"
            aria-label={t(checked ? 'settings.recording.switchingOn' : 'settings.recording.switchingOff')}
          />
        )}
      </div>
      <div className={styles.details} id={detailsId}>
        {block === 'noTemplate' ? (
          <Caption1 className={styles.note}>
            {t(noTemplate[kind])} <TemplateSetupHint onOpen={onOpenTemplateSetup} />
          </Caption1>
        ) : (
          templateName && <Caption1>{t('settings.recording.template', { template: templateName })}</Caption1>
        )}
        <RecordingStatus mailbox={mailbox} />
      </div>
    </div>
  );
}
