import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { useOfflineQueue } from '../hooks/use-offline-queue';

/** Interactions waiting on this device, and those the server refused when they were sent later. */
export function QueueBar() {
  const { t } = useTranslation();
  const queue = useOfflineQueue();
  return (
    <>
      {queue.pending.length > 0 && (
        <MessageBar intent="warning" data-testid="queue-pending">
          <MessageBarBody>{t('queue.queued', { count: queue.pending.length })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void queue.flush()}>
              {t('queue.retry')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {queue.lastSent > 0 && queue.pending.length === 0 && (
        <MessageBar intent="success" data-testid="queue-sent">
          <MessageBarBody>{t('queue.sent', { count: queue.lastSent })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={queue.clearLastSent}>
              {t('common.dismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {queue.failed.map((item) => (
        <MessageBar key={item.idempotencyKey} intent="error">
          <MessageBarBody>
            {t('queue.failed', {
              label: item.label,
              reason: item.failure
                ? t(`errors.${item.failure.problemName}` as 'errors.internal', { defaultValue: item.failure.detail })
                : '',
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => queue.remove(item.idempotencyKey)}>
              {t('queue.remove')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </>
  );
}
