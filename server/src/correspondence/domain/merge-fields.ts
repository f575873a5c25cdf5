import { AppError } from '../../lib/errors/app-error';
import { mergeFieldNames, type MergeFieldName } from './correspondence-schema';
import type { Contact, Salesperson } from '../../contacts';
import type { InteractionLogEntry } from '../../interactions';

export type MergeFields = Record<MergeFieldName, string>;

export interface MergeSources {
  entry: Pick<
    InteractionLogEntry,
    'entryNo' | 'subject' | 'description' | 'date' | 'segmentNo' | 'salespersonCode' | 'languageCode' | 'personalNote'
  >;
  contact: Pick<Contact, 'no' | 'name' | 'companyName' | 'email' | 'phone'>;
  salesperson: Pick<Salesperson, 'code' | 'name' | 'email'> | null;
}

/** The date as the contact's language writes it (the entry's language code, else English). */
function letterDate(iso: string, languageCode: string): string {
  const locale =
    { CSY: 'cs-CZ', CS: 'cs-CZ', RUS: 'ru-RU', RU: 'ru-RU', FIN: 'fi-FI', FI: 'fi-FI' }[languageCode.toUpperCase()] ??
    'en-GB';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));
}

export function mergeFieldsFor({ entry, contact, salesperson }: MergeSources): MergeFields {
  return {
    contactNo: contact.no,
    contactName: contact.name,
    companyName: contact.companyName,
    contactEmail: contact.email,
    contactPhone: contact.phone,
    salespersonCode: entry.salespersonCode,
    salespersonName: salesperson?.name || entry.salespersonCode,
    salespersonEmail: salesperson?.email ?? '',
    subject: entry.subject,
    description: entry.description,
    date: letterDate(entry.date, entry.languageCode),
    segmentNo: entry.segmentNo,
    entryNo: String(entry.entryNo),
    personalNote: (entry.personalNote ?? '').replace(/\r\n?/g, '\n').trim(),
  };
}

const FIELD = /\{\s*([A-Za-z]+)\s*\}/g;

/** A note's paragraphs: the text between blank lines, each trimmed; none for an empty note. */
export const noteParagraphs = (note: string): string[] =>
  note
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/** Fills `{field}` placeholders in plain text; `escape` is applied to each value (e.g. HTML). */
export function fillMergeFields(
  text: string,
  fields: MergeFields,
  escape: (value: string) => string = (v) => v,
): string {
  return text.replace(FIELD, (whole, name: string) =>
    name in fields ? escape(fields[name as MergeFieldName]) : whole,
  );
}

/** The `{field}` names a text uses that are not merge fields (reported when the template is saved). */
export function unknownMergeFields(text: string): string[] {
  return [
    ...new Set(
      [...text.matchAll(FIELD)]
        .map((m) => m[1])
        .filter((name) => !(mergeFieldNames as readonly string[]).includes(name)),
    ),
  ];
}

/** The merge fields a text uses, in the order of mergeFieldNames. */
export function usedMergeFields(text: string): MergeFieldName[] {
  const used = new Set([...text.matchAll(FIELD)].map((m) => m[1]));
  return mergeFieldNames.filter((name) => used.has(name));
}

/** The 400 problem for `{field}`s that are not merge fields, listed in `unknownFields`. */
export function notMergeFields(what: string, unknown: string[]): AppError {
  return new AppError(
    'validation',
    400,
    `${what} uses fields that are not merge fields: ${unknown.map((n) => `{${n}}`).join(', ')}. The merge ` +
      `fields are ${mergeFieldNames.join(', ')}.`,
    {
      errors: unknown.map((name) => ({ path: '/body', message: `{${name}} is not a merge field` })),
      extra: { unknownFields: unknown },
    },
  );
}
