import { fillMergeFields, type EmailContent, type MergeFields } from '../../correspondence';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** The subject and HTML body for one contact: blank lines make paragraphs, single line breaks stay. */
export function composeEmail(
  content: Pick<EmailContent, 'subject' | 'body'>,
  fields: MergeFields,
): { subject: string; html: string } {
  const subject = fillMergeFields(content.subject, fields)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .slice(0, 255);
  const paragraphs = content.body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '');
  const html = paragraphs
    .map((p) => `<p>${fillMergeFields(escapeHtml(p.trim()), fields, escapeHtml).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return { subject, html: `<html><body>\n${html}\n</body></html>` };
}
