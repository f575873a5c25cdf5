import { AppError, businessRule, notFound } from '../../lib/errors/app-error';
import { reserveNumbers } from '../../lib/db/counter-repository';
import { allocateAndInsert } from '../../lib/db/allocate-number';
import { contactLookup, salespersonLookup, type Contact, type Salesperson } from '../../contacts';
import { loggedSegmentLookup } from '../../segments';
import { letterEntries, type LetterEntry } from '../../interactions';
import { attachmentRepository, type StoredLetters } from '../data-access/attachment-repository';
import { wordTemplateRepository } from '../data-access/word-template-repository';
import { entryLetterRepository } from '../data-access/line-letter-repository';
import { takeOwnLetters } from './own-letters';
import { DOCX_TYPE, type Attachment, type LettersResult } from './correspondence-schema';
import { mergeLetters } from './docx-merge';
import { mergeFieldsFor } from './merge-fields';
import { cleanFileName } from './word-template-service';

const ATTACHMENT_SEQUENCE = 'attachment';
const BATCH = 1000;
/** A stored document must stay under the database's 16 MB per document. */
const MAX_DOCUMENT_BYTES = 15 * 1024 * 1024;

const publicView = ({ entryNos: _entryNos, ...attachment }: StoredLetters): Attachment => attachment;

async function contactsOf(tenantId: string, entries: LetterEntry[]): Promise<Map<string, Contact>> {
  const nos = [...new Set(entries.map((e) => e.contactNo))];
  const contacts = new Map<string, Contact>();
  for (let i = 0; i < nos.length; i += BATCH)
    (await contactLookup.getMany(tenantId, nos.slice(i, i + BATCH))).forEach((c, no) => contacts.set(no, c));
  return contacts;
}

async function salespeopleOf(tenantId: string, entries: LetterEntry[]): Promise<Map<string, Salesperson>> {
  const codes = [...new Set(entries.map((e) => e.salespersonCode).filter(Boolean))];
  const found = await Promise.all(codes.map((code) => salespersonLookup.get(tenantId, code)));
  return new Map(found.filter((s): s is Salesperson => s !== null).map((s) => [s.code, s]));
}

/** One letter per entry, in entry order, merged into the template's Word document. */
async function mergeEntries(tenantId: string, template: Buffer, entries: LetterEntry[]): Promise<Buffer> {
  const [contacts, salespeople] = await Promise.all([contactsOf(tenantId, entries), salespeopleOf(tenantId, entries)]);
  const letters = entries.map((entry) => {
    // The entry keeps the contact's number and name even if the contact card is gone.
    const contact = contacts.get(entry.contactNo) ?? {
      no: entry.contactNo,
      name: entry.contactName,
      companyName: '',
      email: '',
      phone: '',
    };
    return mergeFieldsFor({ entry, contact, salesperson: salespeople.get(entry.salespersonCode) ?? null });
  });
  return mergeLetters(template, letters);
}

/**
 * Stores the letters document of one template; when a concurrent request stored it first, that
 * one is kept and returned (one document per logged segment and template, ever).
 */
async function createLetters(
  tenantId: string,
  loggedSegmentEntryNo: number,
  templateCode: string,
  entries: LetterEntry[],
): Promise<StoredLetters | null> {
  const template = await wordTemplateRepository.getFile(tenantId, templateCode);
  if (!template) return null;
  const data = await mergeEntries(tenantId, template.data, entries);
  if (data.length > MAX_DOCUMENT_BYTES) {
    throw businessRule(
      `The letters of template ${templateCode} for logged segment ${loggedSegmentEntryNo} make a ` +
        `${Math.round(data.length / 1048576)} MB document, over the 15 MB a document may have; use a smaller ` +
        'Word template or split the segment.',
    );
  }
  const entryNos = entries.map((e) => e.entryNo);
  const fileName = cleanFileName(`Letters ${loggedSegmentEntryNo} ${templateCode}.docx`, templateCode);
  // Stored once per logged segment and template: when a concurrent request stored it first, that one counts.
  await allocateAndInsert({
    reserve: () => reserveNumbers(tenantId, ATTACHMENT_SEQUENCE, 1),
    insert: (attachmentNo) =>
      attachmentRepository.insert(tenantId, {
        attachmentNo,
        loggedSegmentEntryNo,
        templateCode,
        fileName,
        contentType: DOCX_TYPE,
        letters: entries.length,
        entryNos,
        size: data.length,
        data,
      }),
    giveUp: () => new AppError('internal', 500, 'Could not allocate an attachment number.'),
  });
  const stored = await attachmentRepository.findLetters(tenantId, loggedSegmentEntryNo, templateCode);
  await letterEntries.pointAt(tenantId, stored!.entryNos, stored!.attachmentNo);
  return stored;
}

/**
 * Business Central's hard copies of a logged segment: for each interaction template, one Word
 * document with a letter for every entry whose correspondence type is hard copy, when the
 * template has a Word template. Entries of other correspondence types get no letter. Safe to
 * repeat: a document made before is returned as it is (and its entries pointed at it again),
 * never made twice; templates given a Word template since get theirs.
 */
export async function generateLetters(tenantId: string, loggedSegmentEntryNo: number): Promise<LettersResult> {
  const logged = await loggedSegmentLookup.get(tenantId, loggedSegmentEntryNo);
  if (!logged) throw notFound('Logged segment', loggedSegmentEntryNo);
  const made = new Map(
    (await attachmentRepository.listForLoggedSegment(tenantId, loggedSegmentEntryNo)).map((a) => [a.templateCode, a]),
  );
  for (const letters of made.values()) await letterEntries.pointAt(tenantId, letters.entryNos, letters.attachmentNo);

  const byTemplate = new Map<string, LetterEntry[]>();
  // Logging counts the hard copies it writes: with none there is nothing to read.
  const hardCopies = await loggedSegmentLookup.hardCopyEntries(tenantId, loggedSegmentEntryNo);
  const entries = hardCopies === 0 ? [] : await letterEntries.hardCopyEntries(tenantId, loggedSegmentEntryNo);
  const ownLetters = await takeOwnLetters(tenantId, logged, entries);
  const ownLetter = new Set(ownLetters.map((letter) => letter.entryNo));
  for (const entry of entries) {
    if (made.has(entry.templateCode) || ownLetter.has(entry.entryNo)) continue;
    const entries = byTemplate.get(entry.templateCode);
    if (entries) entries.push(entry);
    else byTemplate.set(entry.templateCode, [entry]);
  }
  const withWordTemplate = await wordTemplateRepository.codesWithTemplate(tenantId, [...byTemplate.keys()]);
  for (const [templateCode, entries] of byTemplate) {
    if (!withWordTemplate.has(templateCode)) continue;
    const stored = await createLetters(tenantId, loggedSegmentEntryNo, templateCode, entries);
    if (stored) made.set(templateCode, stored);
  }
  const attachments = [...made.values()].sort((a, b) => a.attachmentNo - b.attachmentNo).map(publicView);
  return { attachments, ownLetters };
}

/**
 * Right after a segment is logged. Logging has succeeded whatever happens here: a failure
 * leaves the letters to POST /logged-segments/{entryNo}/letters, which makes them the same way.
 */
export async function generateLettersAfterLogging(tenantId: string, loggedSegmentEntryNo: number): Promise<void> {
  try {
    await generateLetters(tenantId, loggedSegmentEntryNo);
  } catch {
    // Regenerated on request; see above.
  }
}

export async function getAttachmentFile(tenantId: string, attachmentNo: number) {
  const file = await attachmentRepository.getFile(tenantId, attachmentNo);
  if (!file) throw notFound('Attachment', attachmentNo);
  return file;
}

/** The entry's own letter (uploaded for its contact), else the document that holds its merged letter. */
export async function getEntryAttachmentFile(tenantId: string, entryNo: number) {
  const own = await entryLetterRepository.get(tenantId, entryNo);
  if (own) return own;
  const entry = await letterEntries.attachmentOf(tenantId, entryNo);
  if (!entry) throw notFound('Interaction log entry', entryNo);
  if (entry.attachmentNo === null)
    throw new AppError('not-found', 404, `Interaction log entry ${entryNo} has no attachment.`);
  return getAttachmentFile(tenantId, entry.attachmentNo);
}
