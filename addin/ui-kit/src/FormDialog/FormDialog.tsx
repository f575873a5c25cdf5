import type { ReactNode } from 'react';
import { Button, Spinner } from '@fluentui/react-components';
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
  onSubmit: () => void;
  onCancel: () => void;
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
  onSubmit,
  onCancel,
  children,
}: FormDialogProps) {
  const { t } = useTranslation();
  const styles = useDialogFrameStyles();
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
            disabled={busy || submitDisabled}
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
      <ProblemBar error={error} />
    </DialogFrame>
  );
}
