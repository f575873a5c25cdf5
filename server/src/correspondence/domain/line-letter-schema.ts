import { Type, type Static } from '@sinclair/typebox';
import { FileNameSchema } from './correspondence-schema';

/** A letter uploaded for one segment line's contact, without its bytes. */
export const LineLetterInfoSchema = Type.Object({
  lineNo: Type.Integer({ minimum: 1 }),
  fileName: FileNameSchema,
  size: Type.Integer({ minimum: 1, description: 'Bytes' }),
});
export type LineLetterInfo = Static<typeof LineLetterInfoSchema>;
