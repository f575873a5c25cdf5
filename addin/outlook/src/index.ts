export { PaneRoot } from './PaneRoot';
export { createPaneServices, preparePaneStrings } from './boot-pane';
export type * from './host/mail-host';
export type * from './host/mail-item';
export type { MailboxSettings } from './host/mailbox-settings';
export { RECORD_COMMAND_ID, SEND_ACTION_ID } from './on-send/manifest-ids';
export { LOG_MEETING_FUNCTION } from './mobile/mobile-manifest-ids';
