import { officeAsync } from './office-async';

/**
 * The user's Interlog settings kept in the mailbox (Office roaming settings): they follow
 * the user to every Outlook, and the task pane and the on-send runtime read the same ones.
 */
export interface MailboxSettings {
  get(name: string): unknown;
  /** Sets the values and saves them to the mailbox. */
  save(values: Record<string, unknown>): Promise<void>;
}

/** Office's roaming settings, loaded with the add-in (Mailbox 1.1). */
export function officeMailboxSettings(): MailboxSettings {
  return {
    get: (name) => Office.context.roamingSettings?.get(name) ?? undefined,
    async save(values) {
      const settings = Office.context.roamingSettings;
      for (const [name, value] of Object.entries(values)) settings.set(name, value);
      await officeAsync<void>((callback) => settings.saveAsync(callback));
    },
  };
}
