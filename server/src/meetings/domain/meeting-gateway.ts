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
}
