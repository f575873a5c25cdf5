import { Type, type Static } from '@sinclair/typebox';
import {
  CodeSchema,
  DateTimeSchema,
  EntryNoSchema,
  OptionalCodeSchema,
  TextSchema,
} from '../../lib/schema/common-schema';

export const LoggedSegmentSchema = Type.Object({
  entryNo: EntryNoSchema,
  segmentNo: CodeSchema,
  description: TextSchema(100),
  noOfInteractions: Type.Integer({ minimum: 0 }),
  followUpSegmentNo: OptionalCodeSchema,
  createdAt: DateTimeSchema,
  userId: Type.String(),
  canceled: Type.Boolean(),
});
export type LoggedSegment = Static<typeof LoggedSegmentSchema>;

export const LogSegmentBody = Type.Object(
  {
    createFollowUp: Type.Optional(Type.Boolean()),
    deliver: Type.Optional(
      Type.Boolean({
        description:
          "Business Central's Deliver: email each entry of correspondence type email (the template's email " +
          'content) through Microsoft Graph as the caller',
      }),
    ),
  },
  { additionalProperties: false },
);
export type LogSegmentInput = Static<typeof LogSegmentBody>;

export const LogSegmentResultSchema = Type.Object({
  loggedSegmentEntryNo: EntryNoSchema,
  noOfInteractions: Type.Integer({ minimum: 0 }),
  followUpSegmentNo: Type.Union([CodeSchema, Type.Null()]),
  emailsToSend: Type.Integer({
    minimum: 0,
    description:
      'Emails queued for delivery (deliver: true); their progress is at GET /logged-segments/{entryNo}/deliveries',
  }),
});
export type LogSegmentResult = Static<typeof LogSegmentResultSchema>;

export const PatchLoggedSegmentBody = Type.Object({ canceled: Type.Boolean() }, { additionalProperties: false });
