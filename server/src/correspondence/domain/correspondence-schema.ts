import { Type, type Static } from '@sinclair/typebox';
import { CodeSchema, DateTimeSchema, EntryNoSchema } from '../../lib/schema/common-schema';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const WORD_TEMPLATE_MAX_SIZE = '5mb';

/** The merge fields a template's email or Word letter can use, as `{contactName}`. */
export const mergeFieldNames = [
  'contactNo',
  'contactName',
  'companyName',
  'contactEmail',
  'contactPhone',
  'salespersonCode',
  'salespersonName',
  'salespersonEmail',
  'subject',
  'description',
  'date',
  'segmentNo',
  'entryNo',
  'personalNote',
] as const;
export type MergeFieldName = (typeof mergeFieldNames)[number];

export const MergeFieldNameSchema = Type.Union(mergeFieldNames.map((name) => Type.Literal(name)));
export const FileNameSchema = Type.String({ minLength: 1, maxLength: 200 });

/** A template's Word document (Business Central: the interaction template's attachment), without its bytes. */
export const WordTemplateInfoSchema = Type.Object({
  templateCode: CodeSchema,
  fileName: FileNameSchema,
  size: Type.Integer({ minimum: 1, description: 'Bytes' }),
  fields: Type.Array(MergeFieldNameSchema, { description: 'The merge fields the document uses' }),
  updatedAt: DateTimeSchema,
});
export type WordTemplateInfo = Static<typeof WordTemplateInfoSchema>;

export const UploadWordTemplateQuery = Type.Object(
  {
    fileName: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'The name to keep; else the Content-Disposition filename, else <code>.docx',
      }),
    ),
  },
  { additionalProperties: false },
);

/** A merged document of letters: one per (logged segment, template), one letter per hard-copy entry. */
export const AttachmentSchema = Type.Object({
  attachmentNo: EntryNoSchema,
  loggedSegmentEntryNo: EntryNoSchema,
  templateCode: CodeSchema,
  fileName: FileNameSchema,
  letters: Type.Integer({ minimum: 1 }),
  size: Type.Integer({ minimum: 1, description: 'Bytes' }),
  createdAt: DateTimeSchema,
});
export type Attachment = Static<typeof AttachmentSchema>;

/** A letter uploaded for one contact, kept as that entry's own (GET /interaction-log-entries/{entryNo}/attachment). */
export const OwnLetterSchema = Type.Object({
  entryNo: EntryNoSchema,
  contactNo: CodeSchema,
  fileName: FileNameSchema,
  size: Type.Integer({ minimum: 1, description: 'Bytes' }),
});
export type OwnLetter = Static<typeof OwnLetterSchema>;

export const LettersResultSchema = Type.Object({
  attachments: Type.Array(AttachmentSchema),
  ownLetters: Type.Array(OwnLetterSchema, {
    description: 'Entries whose contact gets an uploaded letter instead of one in the merged documents',
  }),
});
export type LettersResult = Static<typeof LettersResultSchema>;
