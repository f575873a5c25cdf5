import type { Attendee } from './meeting-schema';

export interface OnlineMeetingInfo {
  subject: string;
  joinWebUrl: string;
}

/** What the meeting use cases need from Microsoft 365 (implemented over Graph in data-access). */
/** The online meeting's participants and when it is scheduled (ISO date-times, '' when not known). */
export interface OnlineMeetingDetails {
  attendees: Attendee[];
  start: string;
  end: string;
}

export interface MeetingGateway {
  chatMeeting(chatId: string): Promise<OnlineMeetingInfo | null>;
  meetingParticipants(joinWebUrl: string): Promise<OnlineMeetingDetails | null>;
  chatMembers(chatId: string): Promise<Attendee[]>;
  /** The iCalUId of the caller's calendar event for the online meeting (found by its join URL), or ''. */
  calendarEventICalUId(joinWebUrl: string, window: { start: string; end: string }): Promise<string>;
  /** The iCalUId of one of the caller's calendar events (an Outlook item's REST id), or '' when it is not found. */
  eventICalUId(eventId: string): Promise<string>;
}
