import { Type, type Static } from '@sinclair/typebox';
import {
  CodeSchema,
  DateTimeSchema,
  EntryNoSchema,
  NonNegativeNumber,
  OptionalCodeSchema,
  TextSchema,
  PersonalNoteSchema,
} from '../../lib/schema/common-schema';
import { CorrespondenceTypeSchema, LanguageCodeSchema } from '../../setup/domain/marketing-setup-schema';
import { InformationFlowSchema, InitiatedBySchema } from '../../templates/domain/interaction-template-schema';
import { deliveryStatuses, EmailDeliverySchema } from './email-delivery-schema';
import { exportQueryFields } from '../../lib/schema/export-schema';

const evaluations = ['veryPositive', 'positive', 'neutral', 'negative', 'veryNegative', ''] as const;
export const EvaluationSchema = Type.Union(evaluations.map((v) => Type.Literal(v)));
export type Evaluation = (typeof evaluations)[number];

export const SourceSchema = Type.Object(
  {
    type: Type.Union([Type.Literal('email'), Type.Literal('meeting'), Type.Literal('call'), Type.Literal('manual')]),
    itemId: Type.Optional(TextSchema(512)),
    internetMessageId: Type.Optional(TextSchema(512)),
    iCalUId: Type.Optional(TextSchema(512)),
    webLink: Type.Optional(Type.String({ maxLength: 2048, format: 'uri' })),
  },
  { additionalProperties: false },
);
export type Source = Static<typeof SourceSchema>;

/** Business Central's Interaction Comment Lines, as one free text. */
export const CommentSchema = Type.String({ maxLength: 2000, description: 'A free-text comment on the interaction' });

export const InteractionLogEntrySchema = Type.Object({
  entryNo: EntryNoSchema,
  contactNo: CodeSchema,
  contactName: TextSchema(100),
  contactCompanyNo: OptionalCodeSchema,
  contactCompanyName: Type.String({ maxLength: 100, description: "The contact's company, copied when recorded" }),
  date: DateTimeSchema,
  description: TextSchema(100),
  interactionGroupCode: OptionalCodeSchema,
  templateCode: CodeSchema,
  templateDescription: Type.String({ maxLength: 100, description: "The template's description, copied when recorded" }),
  informationFlow: InformationFlowSchema,
  initiatedBy: InitiatedBySchema,
  cost: NonNegativeNumber,
  durationMin: NonNegativeNumber,
  evaluation: EvaluationSchema,
  attemptFailed: Type.Boolean(),
  comment: CommentSchema,
  postponed: Type.Boolean(),
  canceled: Type.Boolean(),
  salespersonCode: OptionalCodeSchema,
  salespersonName: Type.String({ maxLength: 100, description: "The salesperson's name, copied when recorded" }),
  subject: TextSchema(250),
  correspondenceType: CorrespondenceTypeSchema,
  languageCode: LanguageCodeSchema,
  campaignNo: OptionalCodeSchema,
  opportunityNo: OptionalCodeSchema,
  segmentNo: OptionalCodeSchema,
  loggedSegmentEntryNo: Type.Union([EntryNoSchema, Type.Null()]),
  attachmentNo: Type.Optional(EntryNoSchema),
  personalNote: Type.Optional(PersonalNoteSchema),
  delivery: Type.Optional(EmailDeliverySchema),
  source: SourceSchema,
  userId: Type.String(),
  createdAt: DateTimeSchema,
});
export type InteractionLogEntry = Static<typeof InteractionLogEntrySchema>;

/** What a letter or an email is merged from: the entry's fields that merge fields read. */
export type CorrespondenceEntry = Pick<
  InteractionLogEntry,
  | 'entryNo'
  | 'contactNo'
  | 'contactName'
  | 'templateCode'
  | 'subject'
  | 'description'
  | 'date'
  | 'segmentNo'
  | 'salespersonCode'
  | 'languageCode'
  | 'personalNote'
>;

/** The values a caller may give; everything missing comes from the template, contact and setup. */
export const interactionInputFields = {
  templateCode: CodeSchema,
  description: TextSchema(100),
  date: DateTimeSchema,
  salespersonCode: OptionalCodeSchema,
  informationFlow: InformationFlowSchema,
  initiatedBy: InitiatedBySchema,
  cost: NonNegativeNumber,
  durationMin: NonNegativeNumber,
  evaluation: EvaluationSchema,
  attemptFailed: Type.Boolean(),
  comment: CommentSchema,
  subject: TextSchema(250),
  correspondenceType: CorrespondenceTypeSchema,
  languageCode: LanguageCodeSchema,
  campaignNo: OptionalCodeSchema,
  opportunityNo: OptionalCodeSchema,
  source: SourceSchema,
};

export const CreateInteractionBody = Type.Composite(
  [
    Type.Object({ contactNo: CodeSchema, templateCode: CodeSchema }),
    Type.Partial(Type.Object({ ...interactionInputFields, postpone: Type.Boolean() })),
  ],
  { additionalProperties: false },
);
export type CreateInteractionInput = Static<typeof CreateInteractionBody>;
/** What recording takes; a segment line adds its personal note. */
export type InteractionInput = Omit<CreateInteractionInput, 'postpone'> & { personalNote?: string };

export const ResumeInteractionBody = Type.Partial(Type.Object(interactionInputFields), { additionalProperties: false });
export type ResumeInteractionInput = Static<typeof ResumeInteractionBody>;

export const PatchInteractionLogEntryBody = Type.Partial(
  Type.Object({
    description: interactionInputFields.description,
    evaluation: EvaluationSchema,
    attemptFailed: Type.Boolean(),
    cost: NonNegativeNumber,
    durationMin: NonNegativeNumber,
    subject: interactionInputFields.subject,
    comment: CommentSchema,
    canceled: Type.Boolean(),
  }),
  { additionalProperties: false, minProperties: 1 },
);
export type PatchInteractionLogEntryInput = Static<typeof PatchInteractionLogEntryBody>;

export const entryFilterFields = {
  contactNo: CodeSchema,
  salespersonCode: CodeSchema,
  templateCode: CodeSchema,
  segmentNo: CodeSchema,
  loggedSegmentEntryNo: EntryNoSchema,
  postponed: Type.Boolean({ default: false }),
  canceled: Type.Boolean(),
  from: DateTimeSchema,
  to: DateTimeSchema,
};

export const InteractionLogEntryListQuery = Type.Partial(
  Type.Object({
    ...entryFilterFields,
    internetMessageId: TextSchema(512),
    iCalUId: Type.String({
      minLength: 1,
      maxLength: 512,
      description: 'Entries about this meeting (source.iCalUId), from whichever app or calendar recorded them',
    }),
    sourceItemId: Type.String({
      minLength: 1,
      maxLength: 512,
      description: 'Entries recorded from this Outlook item (source.itemId)',
    }),
    mine: Type.Boolean({ description: 'Only entries recorded by the caller' }),
    deliveryStatus: Type.Union(
      deliveryStatuses.map((st) => Type.Literal(st)),
      { description: 'Entries whose email delivery (segment correspondence) is in this state' },
    ),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    cursor: Type.String({ minLength: 1, maxLength: 200 }),
  }),
  { additionalProperties: false },
);
export type InteractionLogEntryListQuery = Static<typeof InteractionLogEntryListQuery>;

export const InteractionLogEntryCountQuery = Type.Omit(InteractionLogEntryListQuery, ['limit', 'cursor'], {
  additionalProperties: false,
});

export const InteractionLogEntryExportQuery = Type.Composite(
  [Type.Omit(InteractionLogEntryListQuery, ['limit', 'cursor']), Type.Object(exportQueryFields)],
  { additionalProperties: false },
);
export type InteractionLogEntryExportQuery = Static<typeof InteractionLogEntryExportQuery>;

export const DeleteCanceledBody = Type.Partial(Type.Object(entryFilterFields), { additionalProperties: false });
export type DeleteCanceledInput = Static<typeof DeleteCanceledBody>;

export type EntryFilter = Omit<InteractionLogEntryListQuery, 'limit' | 'cursor' | 'mine'> & { userId?: string };
