import type { RequestContext } from '../../lib/http/request-context';
import { businessRule, notFound } from '../../lib/errors/app-error';
import { lineEntryDraft, markOwnLetter } from '../../segments';
import { lineLetterRepository } from '../data-access/line-letter-repository';
import type { LineLetterInfo } from './line-letter-schema';
import { checkWordDocument } from './letter-upload-check';
import { cleanFileName } from './word-template-service';

/** The line as logging would write it (404 for an unknown segment or line, in the caller's tenant only). */
async function lineOf(ctx: RequestContext, no: string, lineNo: number) {
  const draft = await lineEntryDraft(ctx, no, lineNo);
  return { segmentNo: draft.segmentNo, contactNo: draft.contactNo, correspondenceType: draft.correspondenceType };
}

/**
 * Business Central: a merged document can be customised for one contact before it is sent. The
 * uploaded .docx replaces that contact's merged letter; only hard-copy lines get a letter at all.
 */
export async function putLineLetter(
  ctx: RequestContext,
  no: string,
  lineNo: number,
  file: { data: Buffer; fileName?: string },
): Promise<LineLetterInfo> {
  const line = await lineOf(ctx, no, lineNo);
  if (line.correspondenceType !== 'hardCopy') {
    throw businessRule(
      `Line ${lineNo} of segment ${line.segmentNo} is not sent as a hard copy (its correspondence type is ` +
        `'${line.correspondenceType || 'none'}'), so it gets no letter to replace.`,
    );
  }
  checkWordDocument(file.data);
  const fileName = cleanFileName(file.fileName, `Letter ${line.contactNo}`);
  await lineLetterRepository.put(ctx.tenantId, line.segmentNo, lineNo, { ...line, fileName, data: file.data });
  await markOwnLetter(ctx.tenantId, line.segmentNo, lineNo, fileName);
  return { lineNo, fileName, size: file.data.length };
}

/** The letter uploaded for the line, or null when it has none. */
export async function findLineLetter(ctx: RequestContext, no: string, lineNo: number) {
  const line = await lineOf(ctx, no, lineNo);
  return lineLetterRepository.get(ctx.tenantId, line.segmentNo, lineNo);
}

export async function getLineLetter(ctx: RequestContext, no: string, lineNo: number) {
  const letter = await findLineLetter(ctx, no, lineNo);
  if (!letter) throw notFound('Uploaded letter of line', lineNo);
  return letter;
}

/** The line's contact gets the merged letter again. */
export async function deleteLineLetter(ctx: RequestContext, no: string, lineNo: number): Promise<void> {
  const line = await lineOf(ctx, no, lineNo);
  await markOwnLetter(ctx.tenantId, line.segmentNo, lineNo, null);
  if (!(await lineLetterRepository.remove(ctx.tenantId, line.segmentNo, lineNo)))
    throw notFound('Uploaded letter of line', lineNo);
}
