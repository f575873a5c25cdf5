// Correspondence: what a template sends (its Word template for hard-copy letters, its email content),
// merge fields, and the letters of logged segments. What other components may use.
export { fillMergeFields, mergeFieldsFor, noteParagraphs, type MergeFields } from './domain/merge-fields';
export { findEmailContent, putEmailContent } from './domain/email-content-service';
export type { EmailContent } from './domain/email-content-schema';
export { generateLettersAfterLogging } from './domain/letters-use-case';
export { mergeOneLetter } from './domain/letter-preview';
export { findLineLetter } from './domain/line-letter-service';
export { templatesWithoutNoteField } from './domain/note-placement';
