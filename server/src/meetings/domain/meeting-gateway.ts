import type { Attendee } from './meeting-schema';

export interface OnlineMeetingInfo {
  subject: string;
  joinWebUrl: string;
}

/** What the meeting use cases need from Microsoft 365 (implemented over Graph in data-access). */
export interface MeetingGateway {
  chatMeeting(chatId: string): Promise<OnlineMeetingInfo | null>;
  meetingParticipants(joinWebUrl: string): Promise<Attendee[] | null>;
  chatMembers(chatId: string): Promise<Attendee[]>;
}
