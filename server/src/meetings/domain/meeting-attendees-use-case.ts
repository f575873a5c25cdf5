import type { MeetingGateway } from './meeting-gateway';
import type { Attendee, MeetingAttendees } from './meeting-schema';

function unique(attendees: Attendee[]): Attendee[] {
  const seen = new Map<string, Attendee>();
  for (const attendee of attendees) {
    const key = attendee.email.toLowerCase();
    if (!attendee.email || seen.has(key)) continue;
    seen.set(key, attendee);
  }
  return [...seen.values()];
}

/**
 * A Teams meeting's attendees: the chat names its online meeting, whose participants are
 * the invitees; without one (or without access to it) the chat's members stand in. The
 * meeting's calendar event gives the iCalUId its interactions are keyed by.
 */
export async function meetingAttendees(gateway: MeetingGateway, chatId: string): Promise<MeetingAttendees> {
  const meeting = await gateway.chatMeeting(chatId);
  const details = meeting?.joinWebUrl ? await gateway.meetingParticipants(meeting.joinWebUrl) : null;
  const attendees = details?.attendees ?? (await gateway.chatMembers(chatId));
  const iCalUId =
    meeting?.joinWebUrl && details?.start
      ? await gateway.calendarEventICalUId(meeting.joinWebUrl, { start: details.start, end: details.end })
      : '';
  return {
    chatId,
    subject: meeting?.subject ?? '',
    joinWebUrl: meeting?.joinWebUrl ?? '',
    iCalUId,
    start: details?.start ?? '',
    end: details?.end ?? '',
    items: unique(attendees),
  };
}
