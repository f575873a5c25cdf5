import type { FormEvent, ReactNode } from 'react';
import {
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
  type DialogModalType,
} from '@fluentui/react-components';
import { useReturnFocus } from './use-return-focus';

export const useDialogFrameStyles = makeStyles({
  /** Content of several parts (fields, a message bar) stacked with room between them. */
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface DialogFrameProps {
  open?: boolean;
  title: ReactNode;
  modalType?: DialogModalType;
  /** The dialog asks to close (Escape, a click outside); the caller decides whether it does. */
  onDismiss: () => void;
  /** The buttons at the bottom. */
  actions: ReactNode;
  children?: ReactNode;
  contentClassName?: string;
  /** Content without controls that may be taller than the dialog: a tab stop, so the keyboard can scroll it. */
  focusableContent?: boolean;
  surfaceClassName?: string;
  /** Makes the body a form: Enter and a submit button call it (the page does not reload). */
  onSubmit?: () => void;
}

/** The one shape of every modal dialog: a title, the content, the actions; closing goes through onDismiss. */
export function DialogFrame({
  open = true,
  title,
  modalType,
  onDismiss,
  actions,
  children,
  contentClassName,
  focusableContent,
  surfaceClassName,
  onSubmit,
}: DialogFrameProps) {
  useReturnFocus(open);
  const body = (
    <DialogBody>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent className={contentClassName} tabIndex={focusableContent ? 0 : undefined}>
        {children}
      </DialogContent>
      <DialogActions>{actions}</DialogActions>
    </DialogBody>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };
  return (
    <Dialog open={open} modalType={modalType} onOpenChange={(_, data) => !data.open && onDismiss()}>
      <DialogSurface className={surfaceClassName}>
        {onSubmit ? <form onSubmit={submit}>{body}</form> : body}
      </DialogSurface>
    </Dialog>
  );
}
