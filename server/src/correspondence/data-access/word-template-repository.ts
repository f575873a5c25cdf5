import mongoose, { Schema } from 'mongoose';
import type { MergeFieldName } from '../domain/correspondence-schema';
import type { WordTemplateInfo } from '../domain/correspondence-schema';
import { retryOnDuplicateKey } from '../../lib/db/duplicate-key';
import { toBuffer } from './binary';

const wordTemplateSchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    templateCode: { type: String, required: true },
    fileName: { type: String, required: true },
    size: { type: Number, required: true },
    fields: { type: [String], default: [] },
    data: { type: Buffer, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'template_word_templates' },
);
wordTemplateSchema.index({ tenantId: 1, templateCode: 1 }, { unique: true });

export const WordTemplateModel = mongoose.models.WordTemplate ?? mongoose.model('WordTemplate', wordTemplateSchema);

type StoredInfo = Omit<WordTemplateInfo, 'updatedAt'> & { updatedAt: Date };
const infoProjection = { _id: 0, tenantId: 0, data: 0 };
const toInfo = (doc: StoredInfo): WordTemplateInfo => ({ ...doc, updatedAt: doc.updatedAt.toISOString() });

/** One per tenant and interaction template; the _id is derived from both, so reads are primary-key lookups. */
const idOf = (tenantId: string, templateCode: string) => `${tenantId}:${templateCode}`;

export const wordTemplateRepository = {
  async getInfo(tenantId: string, templateCode: string): Promise<WordTemplateInfo | null> {
    const doc = await WordTemplateModel.findOne(
      { _id: idOf(tenantId, templateCode) },
      infoProjection,
    ).lean<StoredInfo>();
    return doc ? toInfo(doc) : null;
  },

  async getFile(tenantId: string, templateCode: string): Promise<{ info: WordTemplateInfo; data: Buffer } | null> {
    const doc = await WordTemplateModel.findOne({ _id: idOf(tenantId, templateCode) }, { _id: 0, tenantId: 0 }).lean<
      StoredInfo & { data: unknown }
    >();
    if (!doc) return null;
    const { data, ...info } = doc;
    return { info: toInfo(info), data: toBuffer(data) };
  },

  /** The templates among `codes` that have a Word template. */
  async codesWithTemplate(tenantId: string, codes: string[]): Promise<Set<string>> {
    const rows = await WordTemplateModel.find(
      { _id: { $in: codes.map((c) => idOf(tenantId, c)) } },
      { _id: 0, templateCode: 1 },
    ).lean<{ templateCode: string }[]>();
    return new Set(rows.map((r) => r.templateCode));
  },

  /** Replaces the template's Word document in one write. */
  async put(
    tenantId: string,
    templateCode: string,
    file: { fileName: string; fields: MergeFieldName[]; data: Buffer },
  ): Promise<WordTemplateInfo> {
    const doc = {
      tenantId,
      templateCode,
      fileName: file.fileName,
      size: file.data.length,
      fields: file.fields,
      data: file.data,
      updatedAt: new Date(),
    };
    // Two uploads at once: the upsert that loses the insert race retries as a replace.
    await retryOnDuplicateKey(() =>
      WordTemplateModel.collection.replaceOne({ _id: idOf(tenantId, templateCode) } as never, doc, { upsert: true }),
    );
    return toInfo({
      templateCode,
      fileName: doc.fileName,
      size: doc.size,
      fields: doc.fields,
      updatedAt: doc.updatedAt,
    });
  },

  async remove(tenantId: string, templateCode: string): Promise<boolean> {
    const result = await WordTemplateModel.deleteOne({ _id: idOf(tenantId, templateCode) });
    return result.deletedCount > 0;
  },
};
