import { ApiError } from '@interlog/api-client';
import type { AutomaticRecording, RecordingKind } from '@interlog/api-client';

export const recordingKinds: readonly RecordingKind[] = ['emails', 'meetings', 'receivedEmails'];

/** Why a switch cannot be turned on: the server cannot subscribe, or the setup names no template. */
export type SwitchBlock = 'unavailable' | 'noTemplate' | null;

/** A switch that is on can always be turned off; turning one on needs the server's notification URL and a template. */
export function switchBlock(recording: AutomaticRecording, kind: RecordingKind): SwitchBlock {
  const mailbox = recording[kind];
  if (mailbox.enabled) return null;
  if (!recording.available) return 'unavailable';
  return mailbox.templateCode ? null : 'noTemplate';
}

export type RecordingRefusal = 'noTemplate' | 'consent' | 'other';

/**
 * What a failed switch means to the user: the setup names no template (422), Microsoft 365 consent is missing, or
 * something else.
 */
export function refusalOf(error: unknown): RecordingRefusal | null {
  if (!error) return null;
  if (error instanceof ApiError && error.status === 422 && error.problemName === 'business-rule') return 'noTemplate';
  if (error instanceof ApiError && error.problemName === 'consent-required') return 'consent';
  return 'other';
}
