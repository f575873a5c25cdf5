import { Type, type Static } from '@sinclair/typebox';
import { CodeSchema } from '../../lib/schema/common-schema';
import { CorrespondenceTypeSchema } from '../../setup/domain/marketing-setup-schema';

/** What one segment line's contact would receive if the segment were logged now. */
export const LinePreviewSchema = Type.Object({
  lineNo: Type.Integer({ minimum: 1 }),
  contactNo: CodeSchema,
  contactName: Type.String(),
  templateCode: CodeSchema,
  correspondenceType: CorrespondenceTypeSchema,
  email: Type.Union(
    [
      Type.Object({
        address: Type.String({ description: "The contact's email address; empty when it has none" }),
        subject: Type.String(),
        text: Type.String({ description: 'The body as plain text' }),
        html: Type.String({ description: 'The body as it is sent' }),
      }),
      Type.Null(),
    ],
    { description: 'The merged email; null when the template has no email content' },
  ),
  letter: Type.Union([Type.Object({ fileName: Type.String(), href: Type.String() }), Type.Null()], {
    description: 'Where to download the merged letter (.docx); null when the template has no Word template',
  }),
});
export type LinePreview = Static<typeof LinePreviewSchema>;
