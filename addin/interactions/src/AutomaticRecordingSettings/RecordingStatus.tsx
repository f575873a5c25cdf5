import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@interlog/i18n';
import type { MailboxRecording } from '@interlog/api-client';

const useStyles = makeStyles({
  active: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  activeIcon: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  subtle: { color: tokens.colorNeutralForeground3 },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * How one kind's recording goes: off, active until the subscription's expiry, or failing; what it recorded and
 * could not.
 */
export function RecordingStatus({ mailbox }: { mailbox: MailboxRecording }) {
  const { t } = useTranslation();
  const format = useFormat();
  const styles = useStyles();
  const progress = [
    mailbox.recorded > 0 ? t('settings.recording.recorded', { count: mailbox.recorded }) : '',
    mailbox.lastRecordedAt
      ? t('settings.recording.lastRecorded', { date: format.dateTime(mailbox.lastRecordedAt) })
      : '',
  ].filter(Boolean);
  return (
    <>
      {mailbox.status === 'off' && <Caption1 className={styles.subtle}>{t('settings.recording.off')}</Caption1>}
      {mailbox.status === 'active' && (
        <Caption1 className={styles.active}>
          <CheckmarkCircleFilled className={styles.activeIcon} aria-hidden />
          {mailbox.subscriptionExpiresAt
            ? t('settings.recording.activeUntil', { date: format.dateTime(mailbox.subscriptionExpiresAt) })
            : t('settings.recording.active')}
        </Caption1>
      )}
      {mailbox.status === 'failing' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('settings.recording.failing')}</MessageBarTitle>
            {mailbox.lastError && t('settings.recording.lastError', { error: mailbox.lastError })}
          </MessageBarBody>
        </MessageBar>
      )}
      {progress.length > 0 && <Caption1>{progress.join(' · ')}</Caption1>}
      {mailbox.failedItems > 0 && (
        <Caption1 className={styles.failed}>
          {t('settings.recording.failedItems', { count: mailbox.failedItems })}
        </Caption1>
      )}
    </>
  );
}
