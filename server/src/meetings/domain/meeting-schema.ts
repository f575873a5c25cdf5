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

export const MeetingAttendeesSchema = Type.Object({
  chatId: Type.String(),
  subject: Type.String(),
  joinWebUrl: Type.String(),
  start: Type.String({ description: "The meeting's scheduled start (ISO 8601), or '' when not known" }),
  end: Type.String({ description: "The meeting's scheduled end (ISO 8601), or '' when not known" }),
  items: Type.Array(AttendeeSchema),
});
export type MeetingAttendees = Static<typeof MeetingAttendeesSchema>;
