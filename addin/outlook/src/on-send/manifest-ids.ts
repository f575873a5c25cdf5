// Ids the on-send runtime shares with the manifest (manifest/app-manifest.ts; its test checks them).

/** The action the messageSending event runs: the handler is associated with it. */
export const SEND_ACTION_ID = 'onMessageSendHandler';
/** The ribbon button that opens the task pane: the Smart Alert's button runs it. */
export const RECORD_COMMAND_ID = 'InterlogRecordButton';
