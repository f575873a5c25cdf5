import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { DismissAction, ProblemBar } from '@interlog/ui-kit';
import { refusalOf } from './recording-rules';
import { TemplateSetupHint } from './TemplateSetupHint';

export interface RecordingProblemBarProps {
  error: unknown;
  onDismiss: () => void;
  onOpenTemplateSetup?: () => void;
}

/** Why a switch was refused, with what to do about it: set the template, or get Microsoft 365 consent. */
export function RecordingProblemBar({ error, onDismiss, onOpenTemplateSetup }: RecordingProblemBarProps) {
  const { t } = useTranslation();
  const refusal = refusalOf(error);
  if (refusal === null) return null;
  if (refusal === 'other') return <ProblemBar error={error} onDismiss={onDismiss} />;
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {t(refusal === 'consent' ? 'errors.consent-required' : 'errors.business-rule')}
        </MessageBarTitle>
        {refusal === 'consent' ? (
          t('settings.recording.consent')
        ) : (
          <>
            {t('settings.recording.needsTemplate')} <TemplateSetupHint onOpen={onOpenTemplateSetup} />
          </>
        )}
      </MessageBarBody>
      <DismissAction onDismiss={onDismiss} />
    </MessageBar>
  );
}
