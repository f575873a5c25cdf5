import type { HostSupport, ItemReadResult, MailHost } from './mail-host';
import { officeMailboxSettings } from './mailbox-settings';
import { officeAsync } from './office-async';
import { themeFromOffice } from './office-theme';
import { readOfficeItem } from './read-office-item';
import { requirementSupport } from './requirement-support';

function forcedColors(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(forced-colors: active)').matches;
}

/** The pane's host when it runs inside Outlook. */
export function createOfficeMailHost(): MailHost {
  const { platform, missingRequirement, sharedMailboxes, nestedAppAuth } = requirementSupport(
    Office.context.requirements,
    Office.context.diagnostics?.platform,
  );
  // Outlook on iOS and Android runs add-ins in the user's own mailbox only: nothing to say there.
  const sharedMailboxesUnknown = !sharedMailboxes && platform !== 'ios' && platform !== 'android';
  const support: HostSupport = { platform, missingRequirement, sharedMailboxes, sharedMailboxesUnknown, nestedAppAuth };

  // Office keeps one handler per event type (removeHandlerAsync drops them all): fan out here.
  const listeners = new Map<Office.EventType, Set<() => void>>();
  const addHandler = (eventType: Office.EventType, listener: () => void): (() => void) => {
    const mailbox = Office.context.mailbox;
    if (typeof mailbox?.addHandlerAsync !== 'function') return () => undefined;
    let set = listeners.get(eventType);
    if (!set) {
      const created = new Set<() => void>();
      set = created;
      listeners.set(eventType, created);
      mailbox.addHandlerAsync(
        eventType,
        () => created.forEach((l) => l()),
        () => undefined,
      );
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size > 0) return;
      listeners.delete(eventType);
      mailbox.removeHandlerAsync(eventType, () => undefined);
    };
  };

  return {
    name: 'outlook',
    displayLanguage: () => Office.context.displayLanguage,
    theme: () => themeFromOffice(Office.context.officeTheme, forcedColors()),
    userEmail: () => Office.context.mailbox.userProfile.emailAddress,
    support: () => support,
    async readItem(): Promise<ItemReadResult> {
      const item = Office.context.mailbox.item;
      if (!item) return { status: 'none' };
      try {
        return { status: 'ok', item: await readOfficeItem(item, support.sharedMailboxes) };
      } catch (error) {
        return { status: 'error', detail: error instanceof Error ? error.message : String(error) };
      }
    },
    onItemChanged: (listener) => addHandler(Office.EventType.ItemChanged, listener),
    onThemeChanged: (listener) =>
      addHandler(Office.EventType.OfficeThemeChanged, () =>
        listener(themeFromOffice(Office.context.officeTheme, forcedColors())),
      ),
    settings: officeMailboxSettings(),
    async dialogSignIn(url: string): Promise<string> {
      const dialog = await officeAsync<Office.Dialog>((cb) =>
        Office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, cb),
      );
      return new Promise((resolve, reject) => {
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          dialog.close();
          const message = JSON.parse((arg as { message: string }).message) as { accessToken?: string; error?: string };
          if (message.accessToken) resolve(message.accessToken);
          else reject(new Error(message.error ?? 'Sign-in was not completed.'));
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () =>
          reject(new Error('The sign-in window was closed.')),
        );
      });
    },
  };
}
