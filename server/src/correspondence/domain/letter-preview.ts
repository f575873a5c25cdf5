import { wordTemplateRepository } from '../data-access/word-template-repository';
import { mergeLetters } from './docx-merge';
import type { MergeFields } from './merge-fields';
import { cleanFileName } from './word-template-service';

/** One contact's letter merged from the template's Word document as logging would; null without a Word template. */
export async function mergeOneLetter(
  tenantId: string,
  templateCode: string,
  fields: MergeFields,
): Promise<{ fileName: string; data: Buffer } | null> {
  const template = await wordTemplateRepository.getFile(tenantId, templateCode);
  if (!template) return null;
  const fileName = cleanFileName(`Letter ${fields.contactNo} ${templateCode}.docx`, templateCode);
  return { fileName, data: mergeLetters(template.data, [fields]) };
}
