import { InteractionLogEntryModel } from './interaction-log-entry-model';
import { entryId } from './interaction-log-entry-repository';
import { entryLinks } from './entry-links';
import type { CorrespondenceEntry } from '../domain/interaction-log-entry-schema';

/** What a letter needs of an interaction log entry. */
export type LetterEntry = CorrespondenceEntry;

const letterFields = {
  _id: 0,
  entryNo: 1,
  contactNo: 1,
  contactName: 1,
  templateCode: 1,
  subject: 1,
  description: 1,
  date: 1,
  segmentNo: 1,
  salespersonCode: 1,
  languageCode: 1,
  personalNote: 1,
};
const BATCH = 1000;

/** Interaction log entries as letters see them (for correspondence): which get a letter, and where it is. */
export const letterEntries = {
  /** The logged segment's live hard-copy entries, in entry order. */
  async hardCopyEntries(tenantId: string, loggedSegmentEntryNo: number): Promise<LetterEntry[]> {
    const rows = await InteractionLogEntryModel.find(
      { tenantId, loggedSegmentEntryNo, correspondenceType: 'hardCopy', deleted: false, canceled: false },
      letterFields,
    )
      .sort({ entryNo: 1 })
      .lean<Array<Omit<LetterEntry, 'date'> & { date: Date }>>();
    return rows.map((row) => ({ ...row, date: row.date.toISOString() }));
  },

  /** Points entries at the document that holds their letters. */
  async pointAt(tenantId: string, entryNos: number[], attachmentNo: number): Promise<void> {
    for (let i = 0; i < entryNos.length; i += BATCH) {
      await InteractionLogEntryModel.updateMany(
        { tenantId, entryNo: { $in: entryNos.slice(i, i + BATCH) }, attachmentNo: { $ne: attachmentNo } },
        { $set: { attachmentNo } },
      );
    }
  },

  /** The live entries written under these request keys (segment logging keys one per line), by key. */
  async entryNosByRequestKey(tenantId: string, requestKeys: string[]): Promise<Map<string, number>> {
    const rows = await InteractionLogEntryModel.find(
      { _id: { $in: requestKeys.map((key) => entryId(tenantId, key)) }, deleted: false },
      { _id: 0, requestKey: 1, entryNo: 1 },
    ).lean<{ requestKey: string; entryNo: number }[]>();
    return new Map(rows.map((r) => [r.requestKey, r.entryNo]));
  },

  /** null when there is no such entry; attachmentNo null when it has no document. */
  async attachmentOf(tenantId: string, entryNo: number): Promise<{ attachmentNo: number | null } | null> {
    const row = await entryLinks.onNumbered(
      tenantId,
      entryNo,
      (filter) =>
        InteractionLogEntryModel.findOne({ ...filter, deleted: false }, { _id: 0, attachmentNo: 1 }).lean<{
          attachmentNo?: number | null;
        }>(),
      (found) => found !== null,
    );
    return row ? { attachmentNo: row.attachmentNo ?? null } : null;
  },
};
