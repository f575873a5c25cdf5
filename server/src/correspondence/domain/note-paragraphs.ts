/*
 * A paragraph of a Word template that holds nothing but {personalNote} becomes one paragraph per
 * paragraph of the note, in that paragraph's style; an empty note leaves no paragraph at all.
 * (docxtemplater's paragraph loop drops the paragraphs that hold only its loop tags.)
 */

export const NOTE_PARAGRAPHS = 'personalNoteParagraphs';

const PARAGRAPH = /<w:p(\s[^>]*[^/])?>([\s\S]*?)<\/w:p>/g;
const TEXT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;
const NOTE_ALONE = /^\{\s*personalNote\s*\}$/;

const tagParagraph = (tag: string) => `<w:p><w:r><w:t>{${tag}}</w:t></w:r></w:p>`;

function noteLoop(attributes: string, content: string): string {
  const paragraphProperties = /<w:pPr\b[\s\S]*?<\/w:pPr>|<w:pPr\b[^>]*\/>/.exec(content)?.[0] ?? '';
  const runProperties = /<w:rPr\b[\s\S]*?<\/w:rPr>|<w:rPr\b[^>]*\/>/.exec(
    content.replace(paragraphProperties, ''),
  )?.[0];
  const run = `<w:r>${runProperties ?? ''}<w:t xml:space="preserve">{.}</w:t></w:r>`;
  return (
    tagParagraph(`#${NOTE_PARAGRAPHS}`) +
    `<w:p${attributes}>${paragraphProperties}${run}</w:p>` +
    tagParagraph(`/${NOTE_PARAGRAPHS}`)
  );
}

/** The document XML with each paragraph that is only {personalNote} turned into a loop over the note's paragraphs. */
export function loopNoteParagraphs(xml: string): string {
  return xml.replace(PARAGRAPH, (whole, attributes: string | undefined, content: string) => {
    const text = [...content.matchAll(TEXT)].map((m) => m[1]).join('');
    return NOTE_ALONE.test(text.trim()) ? noteLoop(attributes ?? '', content) : whole;
  });
}
