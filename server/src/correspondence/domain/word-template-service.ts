import { AppError } from '../../lib/errors/app-error';
import { existingTemplateCode as templateCodeOf } from '../../templates';
import { wordTemplateRepository } from '../data-access/word-template-repository';
import type { WordTemplateInfo } from './correspondence-schema';
import { inspectWordTemplate } from './docx-merge';

const MAX_FILE_NAME = 200;

/** The file name to keep: the caller's, without folders or control characters; else `<code>.docx`. */
export function cleanFileName(requested: string | undefined, templateCode: string): string {
  const base = (requested ?? '')
    .split(/[/\\]/)
    .pop()!
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, MAX_FILE_NAME);
  return base || `${templateCode}.docx`;
}

/** The filename of a Content-Disposition header (filename* as RFC 5987, else filename). */
export function fileNameFromContentDisposition(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // fall back to the plain filename
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/.exec(header);
  return plain ? (plain[1]?.replace(/\\(.)/g, '$1') ?? plain[2]) : undefined;
}

const noWordTemplate = (code: string) =>
  new AppError('not-found', 404, `Interaction template ${code} has no Word template.`);

/**
 * Keeps a Word document as the template's letter (Business Central: the interaction template's
 * attachment). Refused unless docxtemplater can compile it and every tag is a merge field;
 * a refused upload leaves the previous document in place.
 */
export async function putWordTemplate(
  tenantId: string,
  code: string,
  file: { data: Buffer; fileName?: string },
): Promise<WordTemplateInfo> {
  const templateCode = await templateCodeOf(tenantId, code);
  const fields = inspectWordTemplate(file.data);
  return wordTemplateRepository.put(tenantId, templateCode, {
    fileName: cleanFileName(file.fileName, templateCode),
    fields,
    data: file.data,
  });
}

export async function getWordTemplateInfo(tenantId: string, code: string): Promise<WordTemplateInfo> {
  const templateCode = await templateCodeOf(tenantId, code);
  const info = await wordTemplateRepository.getInfo(tenantId, templateCode);
  if (!info) throw noWordTemplate(templateCode);
  return info;
}

export async function getWordTemplateFile(
  tenantId: string,
  code: string,
): Promise<{ info: WordTemplateInfo; data: Buffer }> {
  const templateCode = await templateCodeOf(tenantId, code);
  const file = await wordTemplateRepository.getFile(tenantId, templateCode);
  if (!file) throw noWordTemplate(templateCode);
  return file;
}

export async function deleteWordTemplate(tenantId: string, code: string): Promise<void> {
  const templateCode = await templateCodeOf(tenantId, code);
  if (!(await wordTemplateRepository.remove(tenantId, templateCode))) throw noWordTemplate(templateCode);
}
