import { Type, type Static } from '@sinclair/typebox';
import { CodeSchema, DateTimeSchema } from '../../lib/schema/common-schema';
import { MergeFieldNameSchema } from './correspondence-schema';

const fieldsNote = 'Merge fields are written {contactName}, as in Word templates.';

/**
 * The email a template sends to each contact of a logged segment (Business Central: the
 * template's email attachment).
 */
export const EmailContentSchema = Type.Object({
  templateCode: CodeSchema,
  subject: Type.String({ minLength: 1, maxLength: 250, description: `The subject. ${fieldsNote}` }),
  body: Type.String({
    minLength: 1,
    maxLength: 100_000,
    description: 'Plain text; blank lines make paragraphs. Merge field values are HTML-escaped when sent.',
  }),
  fields: Type.Array(MergeFieldNameSchema, { description: 'The merge fields the subject and body use' }),
  updatedAt: DateTimeSchema,
});
export type EmailContent = Static<typeof EmailContentSchema>;

export const PutEmailContentBody = Type.Object(
  { subject: EmailContentSchema.properties.subject, body: EmailContentSchema.properties.body },
  { additionalProperties: false },
);
export type PutEmailContentInput = Static<typeof PutEmailContentBody>;
