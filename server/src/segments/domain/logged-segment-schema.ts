import { Type, type Static } from '@sinclair/typebox';
import { CodeSchema, DateTimeSchema, EntryNoSchema, OptionalCodeSchema, TextSchema } from '../../lib/schema/common-schema';

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

export const LogSegmentBody = Type.Object({ createFollowUp: Type.Optional(Type.Boolean()) }, { additionalProperties: false });
export type LogSegmentInput = Static<typeof LogSegmentBody>;

export const LogSegmentResultSchema = Type.Object({
  loggedSegmentEntryNo: EntryNoSchema,
  noOfInteractions: Type.Integer({ minimum: 0 }),
  followUpSegmentNo: Type.Union([CodeSchema, Type.Null()]),
});
export type LogSegmentResult = Static<typeof LogSegmentResultSchema>;

export const PatchLoggedSegmentBody = Type.Object({ canceled: Type.Boolean() }, { additionalProperties: false });
