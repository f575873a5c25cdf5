import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { DismissAction } from './DismissAction';
import { problemText } from './problem-text';

/**
 * A refused or failed request, in the user's language, with the server's detail when it names the record; `text`
 * says it better when the caller knows what the refusal means (e.g. what keeps a record from being deleted).
 */
export function ProblemBar({ error, text, onDismiss }: { error: unknown; text?: string; onDismiss?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{text || problemText(t, error, { withDetail: true })}</MessageBarBody>
      {onDismiss && <DismissAction onDismiss={onDismiss} />}
    </MessageBar>
  );
}
