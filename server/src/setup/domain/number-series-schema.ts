import { Type, type Static } from '@sinclair/typebox';
import { CodeSchema, TextSchema } from '../../lib/schema/common-schema';

const NoSchema = Type.String({ maxLength: 20, description: 'A number ending in digits, e.g. SEG00001' });

export const NumberSeriesSchema = Type.Object({
  code: CodeSchema,
  description: TextSchema(100),
  startingNo: NoSchema,
  lastNoUsed: NoSchema,
});
export type NumberSeries = Static<typeof NumberSeriesSchema>;

export const CreateNumberSeriesBody = Type.Object(
  {
    code: CodeSchema,
    description: Type.Optional(TextSchema(100)),
    startingNo: NoSchema,
    lastNoUsed: Type.Optional(NoSchema),
  },
  { additionalProperties: false },
);
export type CreateNumberSeriesInput = Static<typeof CreateNumberSeriesBody>;

export const PutNumberSeriesBody = Type.Object(
  {
    description: Type.Optional(TextSchema(100)),
    startingNo: Type.Optional(NoSchema),
    lastNoUsed: Type.Optional(NoSchema),
  },
  { additionalProperties: false },
);
export type PutNumberSeriesInput = Static<typeof PutNumberSeriesBody>;
