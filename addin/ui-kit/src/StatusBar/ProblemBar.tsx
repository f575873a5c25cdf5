import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { isChangedElsewhere } from '@interlog/api-client';
import { ChangedElsewhereBar } from './ChangedElsewhereBar';
import { DismissAction } from './DismissAction';
import { problemText } from './problem-text';

/**
 * A refused or failed request, in the user's language, with the server's detail when it names the record; `text`
 * says it better when the caller knows what the refusal means (e.g. what keeps a record from being deleted).
 * With `onReload`, a save refused because someone else changed the record offers to reload it.
 */
export function ProblemBar({
  error,
  text,
  onDismiss,
  onReload,
}: {
  error: unknown;
  text?: string;
  onDismiss?: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  if (onReload && isChangedElsewhere(error)) return <ChangedElsewhereBar onReload={onReload} />;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{text || problemText(t, error, { withDetail: true })}</MessageBarBody>
      {onDismiss && <DismissAction onDismiss={onDismiss} />}
    </MessageBar>
  );
}
