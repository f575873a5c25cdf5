import { Type, type Static } from '@sinclair/typebox';
import { OptionalCodeSchema } from '../../lib/schema/common-schema';

export const CorrespondenceTypeSchema = Type.Union([
  Type.Literal('hardCopy'),
  Type.Literal('email'),
  Type.Literal('fax'),
  Type.Literal(''),
]);
export type CorrespondenceType = Static<typeof CorrespondenceTypeSchema>;

export const LanguageCodeSchema = Type.String({
  maxLength: 10,
  description: 'A language code such as ENU, CSY, RUS, FIN, or ""',
});

export const MarketingSetupSchema = Type.Object({
  contactNos: OptionalCodeSchema,
  segmentNos: OptionalCodeSchema,
  defaultCorrespondenceType: CorrespondenceTypeSchema,
  defaultLanguageCode: LanguageCodeSchema,
});
export type MarketingSetup = Static<typeof MarketingSetupSchema>;

export const PutMarketingSetupBody = Type.Partial(MarketingSetupSchema, { additionalProperties: false });
export type PutMarketingSetupInput = Static<typeof PutMarketingSetupBody>;

export const emptyMarketingSetup: MarketingSetup = {
  contactNos: '',
  segmentNos: '',
  defaultCorrespondenceType: '',
  defaultLanguageCode: '',
};
