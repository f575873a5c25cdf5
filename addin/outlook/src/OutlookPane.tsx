import { lazy, Suspense, useState } from 'react';
import {
  MessageBar,
  MessageBarBody,
  Spinner,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { QueueBar, RecordPanel } from '@interlog/interactions';
import { LoadFailureBoundary, visuallyHidden } from '@interlog/ui-kit';
import type { MailHost } from './host/mail-host';
import { itemIdentity } from './host/mail-item';
import { ItemSummary } from './ItemSummary';
import { PaneTabs } from './PaneTabs';
import { useTouchTargets } from './mobile/use-touch-targets';
import { defaultTemplateFor, directionOf, ownAddresses, peopleOf, sourceOf } from './mail-item-source';
import { useMailItem } from './use-mail-item';

// Not needed for the first paint: loaded when first shown.
const PostponedView = lazy(() => import('./PostponedView'));
const SettingsView = lazy(() => import('./settings/SettingsView'));
const ConfirmDialog = lazy(() => import('@interlog/ui-kit').then((m) => ({ default: m.ConfirmDialog })));

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '640px',
    margin: '0 auto',
  },
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  hidden: { display: 'none' },
  // Outlook titles the pane already: the name stays for screen readers, not as a second visible title.
  visuallyHidden,
  header: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
});

type View = 'record' | 'postponed' | 'settings';

/** The Outlook task pane: record the open item's interactions, manage postponed ones, or change the user's settings. */
export function OutlookPane({ host }: { host: MailHost }) {
  const { t } = useTranslation();
  const styles = useStyles();
  const touch = useTouchTargets();
  const mail = useMailItem(host);
  const [view, setView] = useState<View>('record');
  const [notice, setNotice] = useState<string | null>(null);
  const { missingRequirement: missing, platform } = host.support();
  const unsupported = () =>
    platform === 'mac'
      ? t('host.unsupportedMac', { requirement: missing })
      : platform === 'ios' || platform === 'android'
        ? t('host.unsupportedMobile', { requirement: missing })
        : t('host.unsupported', { requirement: missing });

  const recordView = () => {
    const result = mail.result;
    if (!result) return <Spinner label={t('common.loading')} />;
    if (result.status === 'none')
      return (
        <MessageBar intent="info">
          <MessageBarBody>{t('host.noItem')}</MessageBarBody>
        </MessageBar>
      );
    if (result.status === 'error')
      return (
        <MessageBar intent="error">
          <MessageBarBody>{t('host.readFailed', { detail: result.detail })}</MessageBarBody>
        </MessageBar>
      );
    const item = result.item;
    const own = ownAddresses(item, host.userEmail());
    const direction = directionOf(item, own);
    return (
      <>
        <ItemSummary item={item} />
        {host.support().sharedMailboxesUnknown && (
          <MessageBar intent="info">
            <MessageBarBody>{t('host.sharedUnknown')}</MessageBarBody>
          </MessageBar>
        )}
        <RecordPanel
          key={`${mail.version}:${itemIdentity(item)}`}
          people={peopleOf(item, t)}
          source={sourceOf(item)}
          itemIdentity={itemIdentity(item)}
          subject={item.subject}
          date={item.date}
          defaultTemplate={defaultTemplateFor(item, direction)}
          direction={direction}
          exclude={own}
          onDirtyChange={mail.setDirty}
          contactCard
        />
      </>
    );
  };

  return (
    <main className={mergeClasses(styles.pane, touch.root)}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.visuallyHidden}>
          {t('app.title')}
        </Title3>
        <PaneTabs view={view} onChange={(next) => setView(next as View)} />
      </header>
      <QueueBar />
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {missing ? (
        <MessageBar intent="error">
          <MessageBarBody>{unsupported()}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <div className={mergeClasses(styles.view, view !== 'record' && styles.hidden)}>{recordView()}</div>
          <LoadFailureBoundary key={view}>
            {view === 'postponed' && (
              <Suspense fallback={<Spinner label={t('common.loading')} />}>
                <PostponedView onNotice={setNotice} />
              </Suspense>
            )}
            {view === 'settings' && (
              <Suspense fallback={<Spinner label={t('common.loading')} />}>
                <SettingsView settings={host.settings} />
              </Suspense>
            )}
          </LoadFailureBoundary>
        </>
      )}
      {mail.pendingSwitch && (
        <Suspense fallback={null}>
          <ConfirmDialog
            open
            title={t('unsaved.title')}
            body={t('unsaved.body')}
            confirmLabel={t('unsaved.discard')}
            cancelLabel={t('unsaved.keep')}
            onConfirm={mail.confirmSwitch}
            onCancel={mail.cancelSwitch}
          />
        </Suspense>
      )}
    </main>
  );
}
