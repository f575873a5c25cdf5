import { useEffect, useRef } from 'react';
import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { RecordOutcome } from '../hooks/use-record-interactions';
import { DismissAction, problemText } from '@interlog/ui-kit';

const useStyles = makeStyles({
  stack: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  links: { display: 'flex', flexDirection: 'column' },
});

export interface OutcomeBarProps {
  outcome: RecordOutcome;
  onShowEntry: (entryNo: number, contactNo: string) => void;
  onDismiss: () => void;
}

/**
 * What happened to each contact's interaction: recorded (with links), already there, refused (waiting ones show in
 * the QueueBar).
 */
export function OutcomeBar({ outcome, onShowEntry, onDismiss }: OutcomeBarProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  // Keyboard and screen reader users land on what happened, not back at the top of the pane.
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [outcome]);
  return (
    <div ref={ref} tabIndex={-1} className={styles.stack} aria-live="polite" data-testid="record-outcome">
      {outcome.recorded.length > 0 && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>
              {t(outcome.postponed ? 'status.postponed' : 'status.recorded', { count: outcome.recorded.length })}
            </MessageBarTitle>
            <span className={styles.links}>
              {outcome.recorded.map(({ entry, name }) => (
                <Link key={entry.entryNo} onClick={() => onShowEntry(entry.entryNo, entry.contactNo)}>
                  {t('status.entryLink', { entryNo: entry.entryNo, name })}
                </Link>
              ))}
            </span>
          </MessageBarBody>
          <DismissAction onDismiss={onDismiss} />
        </MessageBar>
      )}
      {outcome.alreadyRecorded.map(({ name, contactNo }) => (
        <MessageBar key={`already-${contactNo}`} intent="info">
          <MessageBarBody>{t('status.alreadyRecorded', { name })}</MessageBarBody>
        </MessageBar>
      ))}
      {outcome.refused.map(({ name, contactNo, error }) => (
        <MessageBar key={`refused-${contactNo}`} intent="error">
          <MessageBarBody>{t('queue.failed', { label: name, reason: problemText(t, error) })}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
