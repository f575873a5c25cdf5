import { MessageBar, MessageBarBody, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ProblemBar } from '@interlog/ui-kit';
import { useReferenceData } from '../hooks/use-reference-data';
import { recordingKinds, switchBlock } from './recording-rules';
import { RecordingProblemBar } from './RecordingProblemBar';
import { RecordingSwitch } from './RecordingSwitch';
import { useAutomaticRecording } from './use-automatic-recording';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

export interface AutomaticRecordingSettingsProps {
  /** Where the interaction template setup can be opened (the Teams tab): the no-template notes link to it. */
  onOpenTemplateSetup?: () => void;
  className?: string;
}

/** The caller's Microsoft 365 automatic recording: a switch for the emails they send and one for their meetings. */
export function AutomaticRecordingSettings({ onOpenTemplateSetup, className }: AutomaticRecordingSettingsProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { recording, loadError, changing, busy, error, clearError, toggle } = useAutomaticRecording();
  const templates = useReferenceData().data?.templates;
  if (!recording)
    return loadError ? <ProblemBar error={loadError} /> : <Spinner size="tiny" label={t('common.loading')} />;
  const templateName = (code: string) => {
    const template = templates?.find((candidate) => candidate.code === code);
    return template ? `${template.description} (${template.code})` : code;
  };
  return (
    <div className={mergeClasses(styles.root, className)}>
      {!recording.available && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('settings.recording.unavailable')}</MessageBarBody>
        </MessageBar>
      )}
      <RecordingProblemBar error={error} onDismiss={clearError} onOpenTemplateSetup={onOpenTemplateSetup} />
      {recordingKinds.map((kind) => (
        <RecordingSwitch
          key={kind}
          kind={kind}
          mailbox={recording[kind]}
          templateName={templateName(recording[kind].templateCode)}
          block={switchBlock(recording, kind)}
          changing={changing === kind}
          disabled={busy}
          onChange={(on) => toggle(kind, on)}
          onOpenTemplateSetup={onOpenTemplateSetup}
        />
      ))}
    </div>
  );
}
