import { useState } from 'react';
import { useAction } from '@interlog/ui-kit';
import type { MailboxSettings } from '../host/mailbox-settings';
import { readSendPreference, saveSendPreference, type SendPreference } from '../on-send/send-preference';

/** The on-send preference in the mailbox's roaming settings: chosen, saved at once, put back when saving fails. */
export function useSendPreference(settings: MailboxSettings) {
  const [value, setValue] = useState<SendPreference>(() => readSendPreference(settings));
  const [saved, setSaved] = useState(false);
  const action = useAction();

  const choose = (next: SendPreference) => {
    const previous = value;
    setValue(next);
    setSaved(false);
    void action.run(async () => {
      try {
        // Classic Outlook runs the on-send script without a page: it finds the server in the settings.
        await saveSendPreference(settings, next, window.location.origin);
        setSaved(true);
      } catch (error) {
        setValue(previous);
        throw error;
      }
    });
  };

  return { value, saved, busy: action.busy, error: action.error, choose };
}
