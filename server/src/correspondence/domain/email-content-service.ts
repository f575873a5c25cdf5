import { AppError } from '../../lib/errors/app-error';
import { existingTemplateCode as templateCodeOf } from '../../templates';
import { notMergeFields, unknownMergeFields, usedMergeFields } from './merge-fields';
import { emailContentRepository } from '../data-access/email-content-repository';
import type { EmailContent, PutEmailContentInput } from './email-content-schema';

const noEmailContent = (code: string) =>
  new AppError('not-found', 404, `Interaction template ${code} has no email content.`);

/** Keeps the email a template sends; refused (and the earlier one kept) when a `{field}` is not a merge field. */
export async function putEmailContent(
  tenantId: string,
  code: string,
  input: PutEmailContentInput,
): Promise<EmailContent> {
  const templateCode = await templateCodeOf(tenantId, code);
  const unknown = [...new Set([...unknownMergeFields(input.subject), ...unknownMergeFields(input.body)])];
  if (unknown.length) throw notMergeFields('The email', unknown);
  return emailContentRepository.put(tenantId, {
    templateCode,
    subject: input.subject,
    body: input.body,
    fields: usedMergeFields(`${input.subject}\n${input.body}`),
  });
}

/** The template's email content as stored, or null (what the sender composes from). */
export const findEmailContent = (tenantId: string, templateCode: string): Promise<EmailContent | null> =>
  emailContentRepository.get(tenantId, templateCode);

export async function getEmailContent(tenantId: string, code: string): Promise<EmailContent> {
  const templateCode = await templateCodeOf(tenantId, code);
  const content = await emailContentRepository.get(tenantId, templateCode);
  if (!content) throw noEmailContent(templateCode);
  return content;
}

export async function deleteEmailContent(tenantId: string, code: string): Promise<void> {
  const templateCode = await templateCodeOf(tenantId, code);
  if (!(await emailContentRepository.remove(tenantId, templateCode))) throw noEmailContent(templateCode);
}
