import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { AppError, type FieldProblem } from '../../lib/errors/app-error';
import { mergeFieldNames, type MergeFieldName } from './correspondence-schema';
import { noteParagraphs, notMergeFields, type MergeFields } from './merge-fields';
import { loopNoteParagraphs, NOTE_PARAGRAPHS } from './note-paragraphs';

/*
 * Word letters through docxtemplater. A template is an ordinary .docx whose text holds merge
 * fields as {contactName}; a letters document is that template's body repeated once per
 * letter, with a page break between letters.
 */

const LOOP = 'letters';
const PAGE_BREAK_AFTER = 'pageBreakAfter';
const MAIN_DOCUMENT = /\.main\+xml$/;

interface FoundTag {
  name: string;
  module?: string;
  inMainDocument: boolean;
}

type Letter = MergeFields & { [PAGE_BREAK_AFTER]: boolean; [NOTE_PARAGRAPHS]: string[] };

/** Collects every tag docxtemplater finds, with the part it is in (document body, header, footer...). */
function tagCollector() {
  const tags: FoundTag[] = [];
  const walk = (parts: Docxtemplater.DXT.Part[], inMainDocument: boolean) => {
    for (const part of parts) {
      if (part.type === 'placeholder') tags.push({ name: part.value.trim(), module: part.module, inMainDocument });
      if (part.subparsed) walk(part.subparsed, inMainDocument);
    }
  };
  const module = {
    name: 'MergeFieldCollector',
    // Called once per templated part; `options.contentType` says which part it is. (docxtemplater
    // 3.x calls postparse(parsed, options); its typings still list a `modules` argument between.)
    postparse(parsed: Docxtemplater.DXT.Part[], options: { contentType?: string }) {
      walk(parsed, MAIN_DOCUMENT.test(options.contentType ?? ''));
      return parsed;
    },
  };
  return { tags, module: module as unknown as Docxtemplater.DXT.Module };
}

/** `{ contactName }` reads the same as `{contactName}`. */
const parser = (tag: string) => {
  const name = tag.trim();
  return {
    get: (scope: unknown) =>
      name === '.' ? scope : scope == null ? undefined : (scope as Record<string, unknown>)[name],
  };
};

const notADocx = (why: string, cause?: unknown) =>
  new AppError('validation', 400, `The file is not a Word document (.docx) that can be merged: ${why}.`, {
    cause,
    errors: [{ path: '/body', message: why }],
  });

export function openZip(bytes: Buffer): PizZip {
  try {
    return new PizZip(bytes);
  } catch (error) {
    throw notADocx('it is not a .docx (zip) file', error);
  }
}

/** docxtemplater compiles the document when it is created: a broken tag or a non-Word zip fails here. */
function compile(zip: PizZip, modules: Docxtemplater.DXT.Module[] = []): Docxtemplater {
  try {
    return new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      nullGetter: () => '',
      parser,
      modules,
    });
  } catch (error) {
    const props = (
      error as {
        properties?: { id?: string; errors?: Array<{ properties?: { explanation?: string; file?: string } }> };
      }
    ).properties;
    if (props?.id === 'multi_error' && props.errors?.length) {
      const errors: FieldProblem[] = props.errors.map((e) => ({
        path: '/body',
        message: `${e.properties?.explanation ?? 'broken tag'}${e.properties?.file ? ` (${e.properties.file})` : ''}`,
      }));
      throw new AppError(
        'validation',
        400,
        `The Word template has broken merge field tags: ${errors.map((e) => e.message).join('; ')}.`,
        { cause: error, errors },
      );
    }
    throw notADocx(
      props?.id === 'filetype_not_identified' ? 'it is a zip file but not a Word document' : (error as Error).message,
      error,
    );
  }
}

/** The main document part, from [Content_Types].xml (word/document.xml in every Word file). */
export function mainDocumentPath(zip: PizZip): string {
  const types = zip.file('[Content_Types].xml')?.asText() ?? '';
  for (const [override] of types.matchAll(/<Override\b[^>]*>/g)) {
    if (/ContentType="[^"]*\.main\+xml"/.test(override)) {
      const part = override.match(/PartName="\/?([^"]+)"/)?.[1];
      if (part && zip.file(part)) return part;
    }
  }
  return 'word/document.xml';
}

const tagParagraph = (tag: string) => `<w:p><w:r><w:t>{${tag}}</w:t></w:r></w:p>`;
const PAGE_BREAK_PARAGRAPH = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

/**
 * Puts the body's content inside `{#letters}…{/letters}` with a page break paragraph after each
 * letter but the last; the body's final section properties (page size, margins) stay outside.
 */
function wrapBodyInLettersLoop(xml: string): string {
  const open = /<w:body\b[^>]*>/.exec(xml);
  const close = xml.lastIndexOf('</w:body>');
  if (!open || close < open.index) throw notADocx('its document has no body');
  const start = open.index + open[0].length;
  let content = xml.slice(start, close);
  let sectionProperties = '';
  const last = content.lastIndexOf('<w:sectPr');
  if (last >= 0 && /^<w:sectPr\b[^>]*(\/>|>[\s\S]*<\/w:sectPr>)\s*$/.test(content.slice(last))) {
    sectionProperties = content.slice(last);
    content = content.slice(0, last);
  }
  const pageBreak = tagParagraph(`#${PAGE_BREAK_AFTER}`) + PAGE_BREAK_PARAGRAPH + tagParagraph(`/${PAGE_BREAK_AFTER}`);
  return (
    xml.slice(0, start) +
    tagParagraph(`#${LOOP}`) +
    content +
    pageBreak +
    tagParagraph(`/${LOOP}`) +
    sectionProperties +
    xml.slice(close)
  );
}

/** One .docx with one letter per set of merge values, in the order given, a page break between letters. */
export function mergeLetters(template: Buffer, letters: MergeFields[]): Buffer {
  const zip = openZip(template);
  const path = mainDocumentPath(zip);
  const document = zip.file(path);
  if (!document) throw notADocx('it has no main document');
  zip.file(path, wrapBodyInLettersLoop(loopNoteParagraphs(document.asText())));
  const doc = compile(zip);
  const data: Letter[] = letters.map((fields, i) => ({
    ...fields,
    [PAGE_BREAK_AFTER]: i < letters.length - 1,
    [NOTE_PARAGRAPHS]: noteParagraphs(fields.personalNote),
  }));
  doc.render({ [LOOP]: data });
  return doc.toBuffer({ compression: 'DEFLATE' });
}

const isMergeField = (name: string): name is MergeFieldName => (mergeFieldNames as readonly string[]).includes(name);

/**
 * Checks a Word template before it is kept: docxtemplater can compile it, its tags are merge
 * fields (plain `{field}`, or `{#field}…{/field}` / `{^field}…{/field}` to show text only when a
 * field has / lacks a value), all in the document body, and it merges. Returns the fields it uses.
 */
export function inspectWordTemplate(bytes: Buffer): MergeFieldName[] {
  const collector = tagCollector();
  compile(openZip(bytes), [collector.module]);
  const { tags } = collector;
  const unknown = [...new Set(tags.filter((t) => !isMergeField(t.name)).map((t) => t.name))];
  if (unknown.length) throw notMergeFields('The Word template', unknown);
  const unsupported = [
    ...new Set(tags.filter((t) => t.module !== undefined && t.module !== 'loop').map((t) => t.name)),
  ];
  if (unsupported.length) {
    throw new AppError(
      'validation',
      400,
      'The Word template uses raw XML tags ({@field}), which letters do not support: ' +
        `${unsupported.join(', ')}. Use {field}.`,
      {
        errors: unsupported.map((name) => ({ path: '/body', message: `{@${name}} is not supported` })),
      },
    );
  }
  const outside = [...new Set(tags.filter((t) => !t.inMainDocument).map((t) => t.name))];
  if (outside.length) {
    throw new AppError(
      'validation',
      400,
      'Merge fields work in the document body only, not in headers, footers or document properties: ' +
        `${outside.map((n) => `{${n}}`).join(', ')}.`,
      {
        errors: outside.map((name) => ({ path: '/body', message: `{${name}} is outside the document body` })),
      },
    );
  }
  const sample = Object.fromEntries(mergeFieldNames.map((name) => [name, name])) as MergeFields;
  try {
    mergeLetters(bytes, [sample, sample]);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw notADocx(`it cannot be merged (${(error as Error).message})`, error);
  }
  return mergeFieldNames.filter((name) => tags.some((t) => t.name === name));
}
