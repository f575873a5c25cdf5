import type { ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';

function LoadFailed() {
  const { t } = useTranslation();
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('loadFailed.title')}</MessageBarTitle>
        {t('loadFailed.body')}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={() => window.location.reload()}>
          {t('loadFailed.reload')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/**
 * Around a part whose code loads on demand: when it cannot be loaded or fails to render (say Interlog was updated
 * while the page was open and the old files are gone), the page says so and offers a reload instead of going blank.
 */
export function LoadFailureBoundary({ children }: { children: ReactNode }) {
  return <ErrorBoundary FallbackComponent={LoadFailed}>{children}</ErrorBoundary>;
}
