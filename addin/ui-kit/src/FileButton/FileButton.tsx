import { useRef, type ReactElement, type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';

export interface FileButtonProps {
  /** The file types offered first, as the input's `accept` (the user may still pick another). */
  accept: string;
  onFile: (file: File) => void;
  disabled?: boolean;
  icon?: ReactElement;
  children: ReactNode;
}

/** A button that opens the file picker and hands over the file chosen. */
export function FileButton({ accept, onFile, disabled, icon, children }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so picking the same file again (after fixing it) is a change too.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Button icon={icon} disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </Button>
    </>
  );
}
