import { Type, type Static } from '@sinclair/typebox';
import { CodeSchema, NonNegativeNumber, OptionalCodeSchema, TextSchema } from '../../lib/schema/common-schema';
import { CorrespondenceTypeSchema, LanguageCodeSchema } from '../../setup/domain/marketing-setup-schema';
import { InformationFlowSchema, InitiatedBySchema } from '../../templates/domain/interaction-template-schema';

export const SegmentInteractionSchema = Type.Object({
  templateCode: OptionalCodeSchema,
  description: TextSchema(100),
  subject: TextSchema(250),
  correspondenceType: CorrespondenceTypeSchema,
  languageCode: LanguageCodeSchema,
  informationFlow: InformationFlowSchema,
  initiatedBy: InitiatedBySchema,
  unitCost: NonNegativeNumber,
  unitDurationMin: NonNegativeNumber,
  campaignNo: OptionalCodeSchema,
});
export type SegmentInteraction = Static<typeof SegmentInteractionSchema>;

export const emptySegmentInteraction: SegmentInteraction = {
  templateCode: '',
  description: '',
  subject: '',
  correspondenceType: '',
  languageCode: '',
  informationFlow: '',
  initiatedBy: '',
  unitCost: 0,
  unitDurationMin: 0,
  campaignNo: '',
};

const DateSchema = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

export const SegmentSchema = Type.Object({
  no: CodeSchema,
  description: TextSchema(100),
  salespersonCode: OptionalCodeSchema,
  salespersonName: Type.String({ maxLength: 100 }),
  date: DateSchema,
  interaction: SegmentInteractionSchema,
  templateDescription: Type.String({ maxLength: 100, description: "The interaction template's description" }),
  noOfLines: Type.Integer({ minimum: 0 }),
  noOfCriteriaSteps: Type.Integer({ minimum: 0 }),
});
export type Segment = Static<typeof SegmentSchema>;

const headerFields = {
  description: TextSchema(100),
  salespersonCode: OptionalCodeSchema,
  date: DateSchema,
  interaction: Type.Partial(SegmentInteractionSchema, { additionalProperties: false }),
};

export const CreateSegmentBody = Type.Partial(Type.Object({ no: CodeSchema, ...headerFields }), {
  additionalProperties: false,
});
export type CreateSegmentInput = Static<typeof CreateSegmentBody>;

export const PatchSegmentBody = Type.Partial(Type.Object(headerFields), {
  additionalProperties: false,
  minProperties: 1,
});
export type PatchSegmentInput = Static<typeof PatchSegmentBody>;

export const SegmentLogProgressSchema = Type.Object({
  state: Type.Union([Type.Literal('notStarted'), Type.Literal('logging'), Type.Literal('logged')]),
  noOfLines: Type.Integer({ minimum: 0, description: 'Lines to log (when logged: the interactions recorded)' }),
  logged: Type.Integer({ minimum: 0, description: 'Interaction log entries written so far' }),
  loggedSegmentEntryNo: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
  followUpSegmentNo: Type.Union([CodeSchema, Type.Null()]),
});
export type SegmentLogProgress = Static<typeof SegmentLogProgressSchema>;
