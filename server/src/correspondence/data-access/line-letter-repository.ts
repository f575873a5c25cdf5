import mongoose, { Schema } from 'mongoose';
import { retryOnDuplicateKey } from '../../lib/db/duplicate-key';
import type { OwnLetter } from '../domain/correspondence-schema';
import { toBuffer } from './binary';

/*
 * Letters uploaded for one contact: for a segment line before logging (segment_line_letters,
 * `<tenant>:<segmentNo>:<lineNo>`), then as that entry's own letter once logged (entry_letters,
 * `<tenant>:<entryNo>`).
 */
const fileFields = {
  _id: { type: String, required: true },
  tenantId: { type: String, required: true },
  contactNo: { type: String, required: true },
  fileName: { type: String, required: true },
  size: { type: Number, required: true },
  data: { type: Buffer, required: true },
  updatedAt: { type: Date, required: true },
};
const lineLetterSchema = new Schema(
  { ...fileFields, segmentNo: { type: String, required: true }, lineNo: { type: Number, required: true } },
  { versionKey: false, collection: 'segment_line_letters' },
);
lineLetterSchema.index({ tenantId: 1, segmentNo: 1 });
const entryLetterSchema = new Schema(
  { ...fileFields, entryNo: { type: Number, required: true }, loggedSegmentEntryNo: { type: Number, required: true } },
  { versionKey: false, collection: 'entry_letters' },
);
entryLetterSchema.index({ tenantId: 1, loggedSegmentEntryNo: 1 });

const LineLetterModel = mongoose.models.SegmentLineLetter ?? mongoose.model('SegmentLineLetter', lineLetterSchema);
const EntryLetterModel = mongoose.models.EntryLetter ?? mongoose.model('EntryLetter', entryLetterSchema);

export interface LetterFile {
  fileName: string;
  data: Buffer;
}
export interface LineLetter extends LetterFile {
  lineNo: number;
  contactNo: string;
}

const lineId = (tenantId: string, segmentNo: string, lineNo: number) => `${tenantId}:${segmentNo}:${lineNo}`;
const entryId = (tenantId: string, entryNo: number) => `${tenantId}:${entryNo}`;
const toFile = <T extends { data: unknown }>(doc: T) => ({ ...doc, data: toBuffer(doc.data) });

/** Replaces a document by its _id in one write (two at once: the loser of the insert race replaces). */
const putById = (model: typeof LineLetterModel, _id: string, doc: object) =>
  retryOnDuplicateKey(() =>
    model.collection.replaceOne({ _id } as never, { ...doc, updatedAt: new Date() }, { upsert: true }),
  );

export const lineLetterRepository = {
  put: (tenantId: string, segmentNo: string, lineNo: number, letter: Omit<LineLetter, 'lineNo'>) =>
    putById(LineLetterModel, lineId(tenantId, segmentNo, lineNo), {
      tenantId,
      segmentNo,
      lineNo,
      contactNo: letter.contactNo,
      fileName: letter.fileName,
      size: letter.data.length,
      data: letter.data,
    }),

  async get(tenantId: string, segmentNo: string, lineNo: number): Promise<LetterFile | null> {
    const doc = await LineLetterModel.findOne(
      { _id: lineId(tenantId, segmentNo, lineNo) },
      { _id: 0, fileName: 1, data: 1 },
    ).lean<{ fileName: string; data: unknown }>();
    return doc ? toFile(doc) : null;
  },

  async remove(tenantId: string, segmentNo: string, lineNo: number): Promise<boolean> {
    return (await LineLetterModel.deleteOne({ _id: lineId(tenantId, segmentNo, lineNo) })).deletedCount > 0;
  },

  /** The segment's letters uploaded before `until` (later ones belong to a new segment of the same number). */
  async listForSegment(tenantId: string, segmentNo: string, until: Date): Promise<LineLetter[]> {
    const rows = await LineLetterModel.find(
      { tenantId, segmentNo, updatedAt: { $lte: until } },
      { _id: 0, lineNo: 1, contactNo: 1, fileName: 1, data: 1 },
    ).lean<Array<Omit<LineLetter, 'data'> & { data: unknown }>>();
    return rows.map(toFile);
  },

  async removeLines(tenantId: string, segmentNo: string, lineNos: number[]): Promise<void> {
    await LineLetterModel.deleteMany({ _id: { $in: lineNos.map((n) => lineId(tenantId, segmentNo, n)) } });
  },
};

export const entryLetterRepository = {
  put: (tenantId: string, loggedSegmentEntryNo: number, entryNo: number, letter: LineLetter) =>
    putById(EntryLetterModel, entryId(tenantId, entryNo), {
      tenantId,
      entryNo,
      loggedSegmentEntryNo,
      contactNo: letter.contactNo,
      fileName: letter.fileName,
      size: letter.data.length,
      data: letter.data,
    }),

  async get(tenantId: string, entryNo: number): Promise<LetterFile | null> {
    const doc = await EntryLetterModel.findOne(
      { _id: entryId(tenantId, entryNo) },
      { _id: 0, fileName: 1, data: 1 },
    ).lean<{ fileName: string; data: unknown }>();
    return doc ? toFile(doc) : null;
  },

  /** The logged segment's entries that have their own letter, without the bytes, in entry order. */
  async listForLoggedSegment(tenantId: string, loggedSegmentEntryNo: number): Promise<OwnLetter[]> {
    const rows = await EntryLetterModel.find(
      { tenantId, loggedSegmentEntryNo },
      { _id: 0, entryNo: 1, contactNo: 1, fileName: 1, size: 1 },
    ).lean<OwnLetter[]>();
    return rows.sort((a, b) => a.entryNo - b.entryNo);
  },
};
