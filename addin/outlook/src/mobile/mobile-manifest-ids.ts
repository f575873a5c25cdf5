// Ids the Outlook mobile function file shares with the XML manifest (manifest/xml-manifest.ts; its test checks them).

/** The function the MobileLogEventAppointmentAttendee button runs: the handler is associated with it. */
export const LOG_MEETING_FUNCTION = 'logMeetingForAttendees';
