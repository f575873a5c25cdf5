import type { RequestContext } from '../../lib/http/request-context';
import { contactLookup, salespersonLookup } from '../../contacts';
import { fillMergeFields, findEmailContent, mergeFieldsFor, templatesWithoutNoteField } from '../../correspondence';
import { planSegmentLog, segmentNotes } from '../../segments';
import { composeEmail } from './compose-email';
import type { SegmentLogPreview } from './email-preview-schema';

/**
 * What logging the segment now would record and send, read without writing anything: the
 * lines that block logging, the number of emails, their sender (the caller), and the first
 * contact's email composed exactly as the sender would.
 */
export async function previewSegmentLog(ctx: RequestContext, segmentNo: string): Promise<SegmentLogPreview> {
  const { tenantId } = ctx;
  const plan = await planSegmentLog(tenantId, ctx.userId, segmentNo);
  const contents = new Map(
    await Promise.all(
      plan.emails.templateCodes.map(async (code) => [code, await findEmailContent(tenantId, code)] as const),
    ),
  );
  const draft = plan.emails.first;
  const content = draft ? contents.get(draft.templateCode) : null;
  let first: SegmentLogPreview['emails']['first'] = null;
  if (draft && content) {
    const [contact, salesperson] = await Promise.all([
      contactLookup.get(tenantId, draft.contactNo),
      draft.salespersonCode ? salespersonLookup.get(tenantId, draft.salespersonCode) : Promise.resolve(null),
    ]);
    if (contact) {
      const fields = mergeFieldsFor({ entry: { ...draft, entryNo: 0 }, contact, salesperson });
      first = {
        contactNo: contact.no,
        contactName: contact.name,
        address: contact.email,
        templateCode: draft.templateCode,
        subject: composeEmail(content, fields).subject,
        body: fillMergeFields(content.body.replace(/\r\n?/g, '\n'), fields).trim(),
      };
    }
  }
  const notes = await segmentNotes(tenantId, segmentNo);
  return {
    personalNotes: {
      lines: notes.lines,
      templatesWithoutField: await templatesWithoutNoteField(tenantId, notes.templateCodes),
    },
    segmentNo: plan.segmentNo,
    noOfLines: plan.noOfLines,
    linesWithoutTemplate: plan.linesWithoutTemplate,
    missingTemplates: plan.missingTemplates,
    emails: {
      count: plan.emails.count,
      withoutAddress: plan.emails.withoutAddress,
      sender: { name: ctx.userName, address: ctx.userEmail },
      templateCodes: plan.emails.templateCodes,
      templatesWithoutContent: plan.emails.templateCodes.filter((code) => !contents.get(code)),
      first,
    },
  };
}
