// Meeting attendees through Graph. Its routes are mounted where the server is assembled; others use its types.
export type { Attendee, MeetingAttendees } from './domain/meeting-schema';
