import type { ReactNode } from 'react';
import { Button, Spinner, Text, useId } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { DialogFrame, useDialogFrameStyles } from '../DialogFrame/DialogFrame';
import { ProblemBar } from '../StatusBar/ProblemBar';

export interface FormDialogProps {
  open: boolean;
  title: string;
  submitLabel: string;
  busy?: boolean;
  error?: unknown;
  submitDisabled?: boolean;
  /** Why the submit button is off, shown under the form and read with the button while it is. */
  submitDisabledReason?: string;
  onSubmit: () => void;
  onCancel: () => void;
  /** Offered when the save was refused because someone else changed the record: shows it as it is now. */
  onReload?: () => void;
  children: ReactNode;
}

/** A small form in a modal dialog: Enter submits, the server's refusal shows inside, Cancel closes it unchanged. */
export function FormDialog({
  open,
  title,
  submitLabel,
  busy = false,
  error,
  submitDisabled = false,
  submitDisabledReason,
  onSubmit,
  onCancel,
  onReload,
  children,
}: FormDialogProps) {
  const { t } = useTranslation();
  const styles = useDialogFrameStyles();
  const reasonId = useId('submit-reason');
  const reason = submitDisabled && !busy ? submitDisabledReason : undefined;
  return (
    <DialogFrame
      open={open}
      title={title}
      onDismiss={onCancel}
      contentClassName={styles.stack}
      onSubmit={() => !busy && !submitDisabled && onSubmit()}
      actions={
        <>
          <Button
            appearance="primary"
            type="submit"
            disabled={submitDisabled && !reason && !busy}
            // While saving it keeps the keyboard (a disabled button would drop it to the page's start).
            disabledFocusable={busy || Boolean(reason)}
            aria-describedby={reason ? reasonId : undefined}
            icon={busy ? <Spinner size="tiny" /> : undefined}
          >
            {submitLabel}
          </Button>
          <Button appearance="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </>
      }
    >
      {children}
      {reason && (
        <Text id={reasonId} size={200}>
          {reason}
        </Text>
      )}
      <ProblemBar error={error} onReload={onReload} />
    </DialogFrame>
  );
}
