import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/** A short success message after a save or a delete. */
export function SavedBar({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <MessageBar intent="success" aria-live="polite">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
