import { Type, type Static } from '@sinclair/typebox';
import { CodeSchema } from '../../lib/schema/common-schema';

const Count = Type.Integer({ minimum: 0 });

/** What logging a segment would send, before anything is: the lines that block it and the emails. */
export const SegmentLogPreviewSchema = Type.Object({
  segmentNo: CodeSchema,
  noOfLines: Count,
  linesWithoutTemplate: Type.Object({
    count: Count,
    lines: Type.Array(
      Type.Object({ lineNo: Type.Integer({ minimum: 1 }), contactNo: Type.String(), contactName: Type.String() }),
      { description: 'The first 20 of them' },
    ),
  }),
  missingTemplates: Type.Array(Type.String(), { description: 'Template codes the lines use that do not exist' }),
  emails: Type.Object({
    count: Type.Integer({ minimum: 0, description: 'Entries that would be emails (correspondence type email)' }),
    withoutAddress: Type.Integer({ minimum: 0, description: 'Of those, contacts with no email address' }),
    sender: Type.Object(
      { name: Type.String(), address: Type.String() },
      { description: 'Who sends them: the user who logs the segment' },
    ),
    templateCodes: Type.Array(Type.String()),
    templatesWithoutContent: Type.Array(Type.String(), {
      description: 'Templates of those emails with no email content: they cannot be sent',
    }),
    first: Type.Union(
      [
        Type.Object({
          contactNo: Type.String(),
          contactName: Type.String(),
          address: Type.String(),
          templateCode: Type.String(),
          subject: Type.String(),
          body: Type.String({ description: 'Plain text with the merge fields filled in' }),
        }),
        Type.Null(),
      ],
      { description: "The first contact's email as it would be sent; null when there is none or no content" },
    ),
  }),
  personalNotes: Type.Object(
    {
      lines: Type.Integer({ minimum: 0, description: 'Lines with a personal note' }),
      templatesWithoutField: Type.Array(Type.String(), {
        description:
          'Templates of those lines whose email or Word template has no {personalNote}: their notes would not be sent',
      }),
    },
    { description: 'A warning when notes would be dropped (templatesWithoutField not empty)' },
  ),
});
export type SegmentLogPreview = Static<typeof SegmentLogPreviewSchema>;
