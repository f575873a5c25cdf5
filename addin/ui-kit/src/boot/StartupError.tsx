import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, MessageBar, MessageBarActions, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '../../../i18n/src/i18n';

function StartupErrorMessage({ detail }: { detail: string }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="error">
      <MessageBarBody>{t('errors.network')} ({detail})</MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** The pane could not start (server unreachable, sign-in settings missing): say so, never a blank pane. */
export async function renderStartupError(container: HTMLElement, language: string, error: unknown) {
  const i18n = await createI18n(language);
  const detail = error instanceof Error ? error.message : String(error);
  createRoot(container).render(
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={webLightTheme}>
        <StartupErrorMessage detail={detail} />
      </FluentProvider>
    </I18nextProvider>,
  );
}
