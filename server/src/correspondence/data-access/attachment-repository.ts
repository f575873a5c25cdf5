import mongoose, { Schema } from 'mongoose';
import { isDuplicateKeyError } from '../../lib/db/duplicate-key';
import type { Attachment } from '../domain/correspondence-schema';
import { toBuffer } from './binary';

const attachmentSchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    attachmentNo: { type: Number, required: true },
    loggedSegmentEntryNo: { type: Number, required: true },
    templateCode: { type: String, required: true },
    fileName: { type: String, required: true },
    contentType: { type: String, required: true },
    letters: { type: Number, required: true },
    // The entries with a letter in the document, so that each can be pointed at it (again, after a crash).
    entryNos: { type: [Number], default: [] },
    size: { type: Number, required: true },
    data: { type: Buffer, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'attachments' },
);
attachmentSchema.index({ tenantId: 1, loggedSegmentEntryNo: 1, templateCode: 1 }, { unique: true });
attachmentSchema.index({ tenantId: 1, attachmentNo: 1 }, { unique: true });
attachmentSchema.index({ tenantId: 1, loggedSegmentEntryNo: 1, attachmentNo: 1 });

export const AttachmentModel = mongoose.models.Attachment ?? mongoose.model('Attachment', attachmentSchema);

export interface StoredLetters extends Attachment {
  entryNos: number[];
}
export interface NewLetters extends Omit<StoredLetters, 'createdAt'> {
  contentType: string;
  data: Buffer;
}

type StoredDoc = Omit<StoredLetters, 'createdAt'> & { createdAt: Date };
const projection = { _id: 0, tenantId: 0, data: 0, contentType: 0 };
const toLetters = (doc: StoredDoc): StoredLetters => ({ ...doc, createdAt: doc.createdAt.toISOString() });

/** The _id is the natural key: one letters document per tenant, logged segment and template. */
const idOf = (tenantId: string, loggedSegmentEntryNo: number, templateCode: string) =>
  `${tenantId}:${loggedSegmentEntryNo}:${templateCode}`;

export const attachmentRepository = {
  async findLetters(
    tenantId: string,
    loggedSegmentEntryNo: number,
    templateCode: string,
  ): Promise<StoredLetters | null> {
    const doc = await AttachmentModel.findOne(
      { _id: idOf(tenantId, loggedSegmentEntryNo, templateCode) },
      projection,
    ).lean<StoredDoc>();
    return doc ? toLetters(doc) : null;
  },

  async listForLoggedSegment(tenantId: string, loggedSegmentEntryNo: number): Promise<StoredLetters[]> {
    const rows = await AttachmentModel.find({ tenantId, loggedSegmentEntryNo }, projection)
      .sort({ attachmentNo: 1 })
      .lean<StoredDoc[]>();
    return rows.map(toLetters);
  },

  async getFile(
    tenantId: string,
    attachmentNo: number,
  ): Promise<{ fileName: string; contentType: string; data: Buffer } | null> {
    const doc = await AttachmentModel.findOne(
      { tenantId, attachmentNo },
      { _id: 0, fileName: 1, contentType: 1, data: 1 },
    ).lean<{ fileName: string; contentType: string; data: unknown }>();
    return doc ? { fileName: doc.fileName, contentType: doc.contentType, data: toBuffer(doc.data) } : null;
  },

  /**
   * Stores a letters document unless one exists for its logged segment and template ('exists'
   * when another request stored it first). Throws a duplicate-key error when the attachment
   * number is in use (reserve another).
   */
  async insert(tenantId: string, letters: NewLetters): Promise<'inserted' | 'exists'> {
    const _id = idOf(tenantId, letters.loggedSegmentEntryNo, letters.templateCode);
    try {
      await AttachmentModel.collection.insertOne({ ...letters, _id, tenantId, createdAt: new Date() } as never);
      return 'inserted';
    } catch (error) {
      if (isDuplicateKeyError(error) && (await AttachmentModel.exists({ _id }))) return 'exists';
      throw error;
    }
  },
};
