import type { MeetingAttendees, Source } from '@interlog/api-client';

/**
 * What the side panel records a meeting by: its calendar event's iCalUId, as the Outlook pane and automatic
 * recording do (one entry per contact, whoever records first); the join URL only when no event was found.
 */
export function meetingRecordKey(
  meeting: Pick<MeetingAttendees, 'iCalUId'>,
  fallbackIdentity: string,
): { source: Source; itemIdentity: string } {
  const itemId = fallbackIdentity.slice(0, 512);
  if (!meeting.iCalUId) return { source: { type: 'meeting', itemId }, itemIdentity: fallbackIdentity };
  return {
    source: { type: 'meeting', iCalUId: meeting.iCalUId.slice(0, 512), itemId },
    itemIdentity: `ical:${meeting.iCalUId}`,
  };
}
