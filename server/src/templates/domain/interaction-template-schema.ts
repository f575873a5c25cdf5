import { Type, type Static } from '@sinclair/typebox';
import { CodeSchema, NonNegativeNumber, OptionalCodeSchema, TextSchema } from '../../lib/schema/common-schema';
import { CorrespondenceTypeSchema, LanguageCodeSchema } from '../../setup/domain/marketing-setup-schema';

export const InformationFlowSchema = Type.Union([Type.Literal('outbound'), Type.Literal('inbound'), Type.Literal('')]);
export const InitiatedBySchema = Type.Union([Type.Literal('us'), Type.Literal('them'), Type.Literal('')]);
export type InformationFlow = Static<typeof InformationFlowSchema>;
export type InitiatedBy = Static<typeof InitiatedBySchema>;

const fields = {
  description: TextSchema(100),
  interactionGroupCode: OptionalCodeSchema,
  informationFlow: InformationFlowSchema,
  initiatedBy: InitiatedBySchema,
  unitCost: NonNegativeNumber,
  unitDurationMin: NonNegativeNumber,
  correspondenceType: CorrespondenceTypeSchema,
  ignoreContactCorrespondenceType: Type.Boolean(),
  languageCode: LanguageCodeSchema,
  campaignNo: OptionalCodeSchema,
};

export const InteractionTemplateSchema = Type.Object({ code: CodeSchema, ...fields });
export type InteractionTemplate = Static<typeof InteractionTemplateSchema>;

export const CreateInteractionTemplateBody = Type.Composite(
  [Type.Object({ code: CodeSchema }), Type.Partial(Type.Object(fields))],
  { additionalProperties: false },
);
export type CreateInteractionTemplateInput = Static<typeof CreateInteractionTemplateBody>;

export const PatchInteractionTemplateBody = Type.Partial(Type.Object(fields), {
  additionalProperties: false,
  minProperties: 1,
});
export type PatchInteractionTemplateInput = Static<typeof PatchInteractionTemplateBody>;

export const templateDefaults: Omit<InteractionTemplate, 'code'> = {
  description: '',
  interactionGroupCode: '',
  informationFlow: '',
  initiatedBy: '',
  unitCost: 0,
  unitDurationMin: 0,
  correspondenceType: '',
  ignoreContactCorrespondenceType: false,
  languageCode: '',
  campaignNo: '',
};
