import type { RequestContext } from '../../lib/http/request-context';
import { notFound } from '../../lib/errors/app-error';
import { contactLookup, salespersonLookup } from '../../contacts';
import {
  findEmailContent,
  findLineLetter,
  mergeFieldsFor,
  mergeOneLetter,
  type MergeFields,
} from '../../correspondence';
import { lineEntryDraft } from '../../segments';
import { composeEmail } from './compose-email';
import type { LinePreview } from './line-preview-schema';

/** The merge fields of a line's contact as logging now would fill them (the entry number is not known yet). */
async function lineFields(ctx: RequestContext, no: string, lineNo: number) {
  const draft = await lineEntryDraft(ctx, no, lineNo);
  const [contact, salesperson] = await Promise.all([
    contactLookup.get(ctx.tenantId, draft.contactNo),
    draft.salespersonCode ? salespersonLookup.get(ctx.tenantId, draft.salespersonCode) : Promise.resolve(null),
  ]);
  const known = contact ?? { no: draft.contactNo, name: draft.contactName, companyName: '', email: '', phone: '' };
  const fields: MergeFields = mergeFieldsFor({ entry: { ...draft, entryNo: 0 }, contact: known, salesperson });
  return { draft, fields: { ...fields, entryNo: '' }, address: contact?.email ?? '' };
}

/** The letter uploaded for the line's contact, else the one merged from the template's Word template. */
async function letterOf(ctx: RequestContext, no: string, lineNo: number, templateCode: string, fields: MergeFields) {
  return (await findLineLetter(ctx, no, lineNo)) ?? (await mergeOneLetter(ctx.tenantId, templateCode, fields));
}

/** The email and letter one line's contact would receive, merged exactly as logging and sending merge them. */
export async function previewSegmentLine(ctx: RequestContext, no: string, lineNo: number): Promise<LinePreview> {
  const { draft, fields, address } = await lineFields(ctx, no, lineNo);
  const content = await findEmailContent(ctx.tenantId, draft.templateCode);
  const letter = await letterOf(ctx, no, lineNo, draft.templateCode, fields);
  const path = `/segments/${encodeURIComponent(draft.segmentNo)}/lines/${lineNo}/preview/letter.docx`;
  return {
    lineNo,
    contactNo: draft.contactNo,
    contactName: draft.contactName,
    templateCode: draft.templateCode,
    correspondenceType: draft.correspondenceType,
    email: content ? { address, ...composeEmail(content, fields) } : null,
    letter: letter ? { fileName: letter.fileName, href: path } : null,
  };
}

/** The merged letter of one line's contact, as a .docx. */
export async function previewSegmentLineLetter(ctx: RequestContext, no: string, lineNo: number) {
  const { draft, fields } = await lineFields(ctx, no, lineNo);
  const letter = await letterOf(ctx, no, lineNo, draft.templateCode, fields);
  if (!letter) throw notFound('Word template of interaction template', draft.templateCode);
  return letter;
}
