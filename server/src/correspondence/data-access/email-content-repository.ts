import mongoose, { Schema } from 'mongoose';
import { retryOnDuplicateKey } from '../../lib/db/duplicate-key';
import type { EmailContent } from '../domain/email-content-schema';

const emailContentSchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    templateCode: { type: String, required: true },
    subject: { type: String, required: true },
    body: { type: String, required: true },
    fields: { type: [String], default: [] },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'template_email_contents' },
);

export const EmailContentModel = mongoose.models.EmailContent ?? mongoose.model('EmailContent', emailContentSchema);

type Stored = Omit<EmailContent, 'updatedAt'> & { updatedAt: Date };
const projection = { _id: 0, tenantId: 0 };
const toContent = (doc: Stored): EmailContent => ({ ...doc, updatedAt: doc.updatedAt.toISOString() });
/** One per tenant and interaction template, keyed by both. */
const idOf = (tenantId: string, templateCode: string) => `${tenantId}:${templateCode}`;

export const emailContentRepository = {
  async get(tenantId: string, templateCode: string): Promise<EmailContent | null> {
    const doc = await EmailContentModel.findOne({ _id: idOf(tenantId, templateCode) }, projection).lean<Stored>();
    return doc ? toContent(doc) : null;
  },

  async getMany(tenantId: string, codes: string[]): Promise<Map<string, EmailContent>> {
    const rows = await EmailContentModel.find({ _id: { $in: codes.map((c) => idOf(tenantId, c)) } }, projection).lean<
      Stored[]
    >();
    return new Map(rows.map((row) => [row.templateCode, toContent(row)]));
  },

  async put(tenantId: string, content: Omit<EmailContent, 'updatedAt'>): Promise<EmailContent> {
    const stored = { ...content, updatedAt: new Date() };
    await retryOnDuplicateKey(() =>
      EmailContentModel.collection.replaceOne(
        { _id: idOf(tenantId, content.templateCode) } as never,
        { tenantId, ...stored },
        { upsert: true },
      ),
    );
    return toContent(stored);
  },

  async remove(tenantId: string, templateCode: string): Promise<boolean> {
    return (await EmailContentModel.deleteOne({ _id: idOf(tenantId, templateCode) })).deletedCount > 0;
  },
};
