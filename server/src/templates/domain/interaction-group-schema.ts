import { Type, type Static } from '@sinclair/typebox';
import { CodeSchema, TextSchema } from '../../lib/schema/common-schema';

export const InteractionGroupSchema = Type.Object({ code: CodeSchema, description: TextSchema(100) });
export type InteractionGroup = Static<typeof InteractionGroupSchema>;

export const CreateInteractionGroupBody = Type.Object(
  { code: CodeSchema, description: Type.Optional(TextSchema(100)) },
  { additionalProperties: false },
);
export type CreateInteractionGroupInput = Static<typeof CreateInteractionGroupBody>;

export const PatchInteractionGroupBody = Type.Object({ description: TextSchema(100) }, { additionalProperties: false });
export type PatchInteractionGroupInput = Static<typeof PatchInteractionGroupBody>;
