/** Set on every email Interlog sends (a segment's): its value names the entry that records it. */
export const ENTRY_HEADER = 'X-Interlog-Entry';
/**
 * Set by the Outlook on-send event on an email it recorded (addin/outlook/src/host/send-host.ts uses the same name).
 */
export const RECORDED_HEADER = 'X-Interlog-Recorded';
