import { isDuplicateKeyError } from '../../lib/db/duplicate-key';
import { alreadyExists } from '../../lib/errors/app-error';
import { decodeCursor, pageOf } from '../../lib/http/cursor';
import type { Contact } from '../domain/contact-schema';
import { ContactModel } from './contact-model';
import { contactFilter, type ContactCriteria } from './contact-filter';

const projection = { _id: 0, tenantId: 0, emailLower: 0, emailDomain: 0, searchText: 0, requestKey: 0 };

function afterNo(filter: Record<string, unknown>, after: string) {
  filter.no = { ...(filter.no as object | undefined), $gt: after };
}

function derived(contact: Contact) {
  const emailLower = contact.email.toLowerCase();
  return {
    emailLower,
    emailDomain: emailLower.includes('@') ? emailLower.split('@')[1] : '',
    searchText: [contact.name, contact.email, contact.companyName].join('\n').toLowerCase(),
  };
}

export const contactRepository = {
  get: (tenantId: string, no: string) => ContactModel.findOne({ tenantId, no }, projection).lean<Contact>(),

  findByRequestKey: (tenantId: string, requestKey: string) => ContactModel.findOne({ tenantId, requestKey }, projection).lean<Contact>(),

  async list(tenantId: string, criteria: ContactCriteria, page: { limit: number; cursor?: string }) {
    const after = decodeCursor<string>(page.cursor, 'string');
    const filter = contactFilter(tenantId, criteria);
    if (after !== undefined) afterNo(filter, after);
    const rows = await ContactModel.find(filter, projection).sort({ no: 1 }).limit(page.limit + 1).lean<Contact[]>();
    return pageOf(rows, page.limit, (c) => c.no);
  },

  /** Streams the contacts matching criteria, key-ordered, in batches. */
  async *matching(tenantId: string, criteria: ContactCriteria, batchSize: number): AsyncGenerator<Contact[]> {
    let after: string | undefined;
    for (;;) {
      const filter = contactFilter(tenantId, criteria);
      if (after !== undefined) afterNo(filter, after);
      const rows = await ContactModel.find(filter, projection).sort({ no: 1 }).limit(batchSize).lean<Contact[]>();
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < batchSize) return;
      after = rows[rows.length - 1].no;
    }
  },

  async getMany(tenantId: string, nos: string[]): Promise<Map<string, Contact>> {
    const rows = await ContactModel.find({ tenantId, no: { $in: nos } }, projection).lean<Contact[]>();
    return new Map(rows.map((c) => [c.no, c]));
  },

  async insert(tenantId: string, contact: Contact, requestKey: string): Promise<Contact> {
    try {
      await ContactModel.collection.insertOne({ ...contact, ...derived(contact), tenantId, requestKey } as never);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw alreadyExists('Contact', contact.no);
      throw error;
    }
    return (await this.get(tenantId, contact.no))!;
  },

  async replace(tenantId: string, contact: Contact): Promise<Contact> {
    await ContactModel.updateOne({ tenantId, no: contact.no }, { $set: { ...contact, ...derived(contact) } });
    return (await this.get(tenantId, contact.no))!;
  },

  /** Keeps the company name copied on a company's people in step with the company. */
  async renameCompany(tenantId: string, companyNo: string, companyName: string) {
    const people = ContactModel.find({ tenantId, companyNo, type: 'person' }, projection).lean<Contact[]>().cursor();
    for await (const person of people) {
      await this.replace(tenantId, { ...person, companyName });
    }
  },
};
