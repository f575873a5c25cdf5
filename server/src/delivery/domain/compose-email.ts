import { fillMergeFields, noteParagraphs, type EmailContent, type MergeFields } from '../../correspondence';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

const NOTE_ALONE = /^\{\s*personalNote\s*\}$/;

/** The body's paragraphs; one that is only {personalNote} becomes the note's paragraphs (none when it is empty). */
function paragraphsOf(body: string, fields: MergeFields): Array<{ text: string; filled: boolean }> {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .flatMap((p): Array<{ text: string; filled: boolean }> =>
      NOTE_ALONE.test(p.trim())
        ? noteParagraphs(fields.personalNote).map((text) => ({ text, filled: true }))
        : [{ text: p.trim(), filled: false }],
    );
}

/**
 * The subject, HTML body and plain text for one contact: blank lines make paragraphs, single line
 * breaks stay, merged values are HTML-escaped.
 */
export function composeEmail(
  content: Pick<EmailContent, 'subject' | 'body'>,
  fields: MergeFields,
): { subject: string; html: string; text: string } {
  const subject = fillMergeFields(content.subject, fields)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .slice(0, 255);
  const paragraphs = paragraphsOf(content.body, fields);
  const html = paragraphs
    .map(({ text, filled }) => (filled ? escapeHtml(text) : fillMergeFields(escapeHtml(text), fields, escapeHtml)))
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  const text = paragraphs.map((p) => (p.filled ? p.text : fillMergeFields(p.text, fields))).join('\n\n');
  return { subject, html: `<html><body>\n${html}\n</body></html>`, text };
}
