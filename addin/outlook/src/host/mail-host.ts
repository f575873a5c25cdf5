import type { MailboxSettings } from './mailbox-settings';
import type { MailItem } from './mail-item';
import type { HostPlatform } from './requirement-support';

export type HostTheme = 'light' | 'dark' | 'contrast';

export type ItemReadResult =
  { status: 'ok'; item: MailItem } | { status: 'none' } | { status: 'error'; detail: string };

export interface HostSupport {
  /** Empty when the host has what the pane needs; otherwise the missing requirement set, e.g. `Mailbox 1.5`. */
  missingRequirement: string;
  /** `getSharedPropertiesAsync` (Mailbox 1.8) is available. */
  sharedMailboxes: boolean;
  /**
   * A desktop or web Outlook without Mailbox 1.8, which can open shared and delegate folders
   * but not say so: the pane tells the user that items read as their own.
   */
  sharedMailboxesUnknown?: boolean;
  /** Which Outlook (Office.context.diagnostics.platform), for messages that say what to update. */
  platform?: HostPlatform;
  nestedAppAuth: boolean;
}

/**
 * The only way the pane reaches Outlook. The real implementation wraps Office.js; the
 * preview and the tests plug in a simulated mailbox.
 */
export interface MailHost {
  readonly name: 'outlook' | 'simulated';
  displayLanguage(): string;
  theme(): HostTheme;
  userEmail(): string;
  support(): HostSupport;
  readItem(): Promise<ItemReadResult>;
  /** The pinned pane's item changed (Office.EventType.ItemChanged). */
  onItemChanged(listener: () => void): () => void;
  onThemeChanged(listener: (theme: HostTheme) => void): () => void;
  /** Signs in through the Office dialog API (fallback where NAA is missing). */
  dialogSignIn(url: string): Promise<string>;
  /** The user's Interlog settings that follow the mailbox (Office roaming settings). */
  readonly settings: MailboxSettings;
}
