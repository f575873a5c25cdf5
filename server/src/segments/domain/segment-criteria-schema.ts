import { Type, type Static } from '@sinclair/typebox';
import { CodeSchema, EntryNoSchema, TextSchema } from '../../lib/schema/common-schema';
import { ContactTypeSchema } from '../../contacts/domain/contact-schema';

export const CriteriaFilterSchema = Type.Object(
  {
    type: Type.Optional(ContactTypeSchema),
    companyNo: Type.Optional(CodeSchema),
    salespersonCode: Type.Optional(CodeSchema),
    search: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    emailDomain: Type.Optional(Type.String({ minLength: 1, maxLength: 253 })),
    contactNos: Type.Optional(Type.Array(CodeSchema, { minItems: 1, maxItems: 10_000 })),
  },
  { additionalProperties: false },
);
export type CriteriaFilter = Static<typeof CriteriaFilterSchema>;

export const CriteriaActionSchema = Type.Union([Type.Literal('add'), Type.Literal('reduce'), Type.Literal('refine')]);
export type CriteriaAction = Static<typeof CriteriaActionSchema>;

export const CriteriaBody = Type.Object(
  { filter: CriteriaFilterSchema, allowExisting: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type CriteriaInput = Static<typeof CriteriaBody>;

export const CriteriaResultSchema = Type.Object({ noOfLines: Type.Integer(), changed: Type.Integer() });

export const CriteriaStepSchema = Type.Object({
  stepNo: Type.Integer(),
  action: CriteriaActionSchema,
  filter: CriteriaFilterSchema,
  allowExisting: Type.Boolean(),
  changed: Type.Integer(),
});
export type CriteriaStep = Static<typeof CriteriaStepSchema>;

export const SavedSegmentCriteriaSchema = Type.Object({
  code: CodeSchema,
  description: TextSchema(100),
  steps: Type.Array(
    Type.Object({ action: CriteriaActionSchema, filter: CriteriaFilterSchema, allowExisting: Type.Boolean() }),
  ),
});
export type SavedSegmentCriteria = Static<typeof SavedSegmentCriteriaSchema>;

export const SaveCriteriaBody = Type.Object(
  { code: CodeSchema, description: Type.Optional(TextSchema(100)) },
  { additionalProperties: false },
);
export const ReuseCriteriaBody = Type.Object({ code: CodeSchema }, { additionalProperties: false });
export const ReuseLoggedSegmentBody = Type.Object(
  { loggedSegmentEntryNo: EntryNoSchema },
  { additionalProperties: false },
);
