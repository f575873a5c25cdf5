import { Type, type Static } from '@sinclair/typebox';

export const AttendeeSchema = Type.Object({
  email: Type.String(),
  name: Type.String(),
  role: Type.Union([Type.Literal('organizer'), Type.Literal('attendee')]),
});
export type Attendee = Static<typeof AttendeeSchema>;

export const MeetingAttendeesQuery = Type.Object(
  {
    chatId: Type.String({
      minLength: 1,
      maxLength: 300,
      description: "The meeting chat's id, from the Teams context (chat.id)",
    }),
  },
  { additionalProperties: false },
);

export const CalendarEventQuery = Type.Object(
  {
    eventId: Type.String({
      minLength: 1,
      maxLength: 512,
      description: "The Outlook item's REST id (Office.js convertToRestId) of a meeting in the caller's calendar",
    }),
  },
  { additionalProperties: false },
);

export const CalendarEventKeySchema = Type.Object({
  iCalUId: Type.String({ description: "The event's iCalUId, or '' when the caller's calendar has no such event" }),
});
export type CalendarEventKey = Static<typeof CalendarEventKeySchema>;

export const MeetingAttendeesSchema = Type.Object({
  chatId: Type.String(),
  subject: Type.String(),
  joinWebUrl: Type.String(),
  iCalUId: Type.String({
    description:
      "The meeting's calendar event (iCalUId), the key its interactions are recorded by in Outlook, Teams and " +
      "automatic recording; '' when no event was found (then the join URL stands in)",
  }),
  start: Type.String({ description: "The meeting's scheduled start (ISO 8601), or '' when not known" }),
  end: Type.String({ description: "The meeting's scheduled end (ISO 8601), or '' when not known" }),
  items: Type.Array(AttendeeSchema),
});
export type MeetingAttendees = Static<typeof MeetingAttendeesSchema>;
