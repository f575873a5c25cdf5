import type { ReactNode } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { DialogFrame } from '../DialogFrame/DialogFrame';

export interface ViewDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** The surface's class: a wider dialog. */
  className?: string;
  /** Long read-only content (tables): the keyboard can focus and scroll it. */
  focusableContent?: boolean;
}

const useStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalS,
  },
});

/** A modal dialog that shows something and acts on it inside; it changes nothing by closing. */
export function ViewDialog({ title, onClose, children, className, focusableContent }: ViewDialogProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <DialogFrame
      title={title}
      onDismiss={onClose}
      surfaceClassName={className}
      contentClassName={styles.content}
      focusableContent={focusableContent}
      actions={
        <Button appearance="secondary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      {children}
    </DialogFrame>
  );
}
