import { Type, type Static } from '@sinclair/typebox';
import { CodeSchema, OptionalCodeSchema, PersonalNoteSchema, TextSchema } from '../../lib/schema/common-schema';
import { CorrespondenceTypeSchema, LanguageCodeSchema } from '../../setup/domain/marketing-setup-schema';

/** The fields a line takes from the segment header unless it overrides them. */
export const lineOverridableFields = [
  'templateCode',
  'description',
  'subject',
  'correspondenceType',
  'languageCode',
] as const;
export type LineOverridableField = (typeof lineOverridableFields)[number];

const overridable = {
  templateCode: OptionalCodeSchema,
  description: TextSchema(100),
  subject: TextSchema(250),
  correspondenceType: CorrespondenceTypeSchema,
  languageCode: LanguageCodeSchema,
};

export const SegmentLineSchema = Type.Object({
  lineNo: Type.Integer({ minimum: 1 }),
  contactNo: CodeSchema,
  contactName: TextSchema(100),
  contactCompanyNo: OptionalCodeSchema,
  contactCompanyName: Type.String({ maxLength: 100, description: "The contact's company, copied onto the line" }),
  ...overridable,
  templateDescription: Type.String({ maxLength: 100, description: "The line's interaction template's description" }),
  overridden: Type.Array(Type.Union(lineOverridableFields.map((f) => Type.Literal(f)))),
  personalNote: PersonalNoteSchema,
  hasOwnLetter: Type.Boolean({
    description: 'A letter was uploaded for this contact (PUT …/letter); logging stores it instead of the merged one',
  }),
});
export type SegmentLine = Static<typeof SegmentLineSchema>;
export type LineOverrides = Partial<Pick<SegmentLine, LineOverridableField>>;

export const CreateSegmentLineBody = Type.Composite(
  [Type.Object({ contactNo: CodeSchema }), Type.Partial(Type.Object(overridable))],
  { additionalProperties: false },
);
export type CreateSegmentLineInput = Static<typeof CreateSegmentLineBody>;

export const PatchSegmentLineBody = Type.Partial(
  Type.Object({
    ...overridable,
    personalNote: PersonalNoteSchema,
    resetOverrides: Type.Array(Type.Union(lineOverridableFields.map((f) => Type.Literal(f))), { uniqueItems: true }),
  }),
  { additionalProperties: false, minProperties: 1 },
);
export type PatchSegmentLineInput = Static<typeof PatchSegmentLineBody>;
