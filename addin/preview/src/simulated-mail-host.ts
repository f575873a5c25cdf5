import type { HostTheme, MailHost, MailItem, MailboxSettings } from '@interlog/outlook';

/**
 * Where the simulated mailbox keeps its roaming settings: in the page's storage, so they
 * outlive a reload (the browser tests read them there).
 */
export const SIMULATED_ROAMING_SETTINGS_KEY = 'interlog.simulatedRoamingSettings';

function simulatedMailboxSettings(storage: Pick<Storage, 'getItem' | 'setItem'>): MailboxSettings {
  const read = (): Record<string, unknown> => {
    try {
      return JSON.parse(storage.getItem(SIMULATED_ROAMING_SETTINGS_KEY) ?? '{}') as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  return {
    get: (name) => read()[name],
    save: async (values) => storage.setItem(SIMULATED_ROAMING_SETTINGS_KEY, JSON.stringify({ ...read(), ...values })),
  };
}

export interface SimulatedMailHost extends MailHost {
  select(item: MailItem | null): void;
  setTheme(theme: HostTheme): void;
  setLanguage(language: string): void;
}

/** A mailbox in the browser: the preview and the tests choose the item, theme and language. */
export function createSimulatedMailHost(initial: {
  item: MailItem | null;
  theme: HostTheme;
  language: string;
  userEmail: string;
}): SimulatedMailHost {
  let item = initial.item;
  let theme = initial.theme;
  let language = initial.language;
  const itemListeners = new Set<() => void>();
  const themeListeners = new Set<(theme: HostTheme) => void>();
  return {
    name: 'simulated',
    displayLanguage: () => language,
    theme: () => theme,
    userEmail: () => initial.userEmail,
    support: () => ({ missingRequirement: '', sharedMailboxes: true, nestedAppAuth: false }),
    readItem: async () => (item ? { status: 'ok', item } : { status: 'none' }),
    onItemChanged(listener) {
      itemListeners.add(listener);
      return () => itemListeners.delete(listener);
    },
    onThemeChanged(listener) {
      themeListeners.add(listener);
      return () => themeListeners.delete(listener);
    },
    dialogSignIn: () => Promise.reject(new Error('The simulated host signs in with local tokens.')),
    settings: simulatedMailboxSettings(window.localStorage),
    select(next) {
      item = next;
      for (const listener of itemListeners) listener();
    },
    setTheme(next) {
      theme = next;
      for (const listener of themeListeners) listener(next);
    },
    setLanguage(next) {
      language = next;
    },
  };
}
