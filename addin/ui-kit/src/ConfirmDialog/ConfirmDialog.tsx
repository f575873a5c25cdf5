import { Button } from '@fluentui/react-components';
import { DialogFrame } from '../DialogFrame/DialogFrame';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Office.js makes window.confirm throw in add-ins: every question goes through this dialog. */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <DialogFrame
      open={open}
      modalType="alert"
      title={title}
      onDismiss={onCancel}
      actions={
        <>
          <Button appearance="primary" onClick={onConfirm}>
            {confirmLabel}
          </Button>
          <Button appearance="secondary" onClick={onCancel}>
            {cancelLabel}
          </Button>
        </>
      }
    >
      {body}
    </DialogFrame>
  );
}
