import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { renderStandalone } from './render-standalone';

function StartupErrorMessage({ detail }: { detail: string }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        {t('errors.network')} ({detail})
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** The pane could not start (server unreachable, sign-in settings missing): say so, never a blank pane. */
export function renderStartupError(container: HTMLElement, language: string, error: unknown) {
  return renderStandalone(
    container,
    language,
    <StartupErrorMessage detail={error instanceof Error ? error.message : String(error)} />,
  );
}
