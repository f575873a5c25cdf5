import { Type, type Static } from '@sinclair/typebox';
import { CodeSchema, TextSchema } from '../../lib/schema/common-schema';

export const SalespersonSchema = Type.Object({
  code: CodeSchema,
  name: TextSchema(100),
  email: Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Literal('')]),
});
export type Salesperson = Static<typeof SalespersonSchema>;

export const CreateSalespersonBody = Type.Object(
  { code: CodeSchema, name: Type.Optional(TextSchema(100)), email: Type.Optional(SalespersonSchema.properties.email) },
  { additionalProperties: false },
);
export type CreateSalespersonInput = Static<typeof CreateSalespersonBody>;

export const PatchSalespersonBody = Type.Partial(
  Type.Object({ name: TextSchema(100), email: SalespersonSchema.properties.email }),
  {
    additionalProperties: false,
    minProperties: 1,
  },
);
export type PatchSalespersonInput = Static<typeof PatchSalespersonBody>;
