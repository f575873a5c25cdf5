import { randomUUID } from 'node:crypto';
import { cursorBatches } from '../../lib/db/cursor-batches';
import { isDuplicateKeyError } from '../../lib/db/duplicate-key';
import { alreadyExists } from '../../lib/errors/app-error';
import { decodeCursor, pageOf } from '../../lib/http/cursor';
import { updateVersioned } from '../../lib/db/versioned-update';
import { createReadCache } from '../../lib/db/read-cache';
import type { Contact } from '../domain/contact-schema';
import { ContactModel } from './contact-model';
import { contactEmailLookup } from './contact-email-lookup';
import { companyDomainLookup, emailDomainOf } from './company-domain-lookup';
import { contactRequestLookup, idempotentRequestKey } from './contact-request-lookup';
import { contactFilter, normalizedDomain, type ContactCriteria } from './contact-filter';

const projection = { _id: 0, tenantId: 0, emailLower: 0, emailDomain: 0, searchText: 0, requestKey: 0 };

/** Reads by number are primary-key lookups (FerretDB's SQLite backend scans for any other filter). */
const contactId = (tenantId: string, no: string) => `${tenantId}:${no}`;

/** Recording reads the contact on every interaction; a write here forgets it at once. */
const recent = createReadCache<Contact | null>(5000);
const forget = (tenantId: string, contacts: Array<{ no: string }>) =>
  contacts.forEach((c) => recent.forget(contactId(tenantId, c.no)));

/** Keeps the `_id`-keyed lookups (email address, a company's domain) in step with contacts just written. */
const linkLookups = (tenantId: string, contacts: Contact[]) =>
  Promise.all([contactEmailLookup.link(tenantId, contacts), companyDomainLookup.link(tenantId, contacts)]);

const byNo = (a: Contact, b: Contact) => (a.no < b.no ? -1 : a.no > b.no ? 1 : 0);

/** A page of contacts already read in number order, after the cursor's number. */
const pageAfter = (contacts: Contact[], after: string | undefined, limit: number) =>
  pageOf(contacts.filter((c) => after === undefined || c.no > after).slice(0, limit + 1), limit, (c) => c.no);

function afterNo(filter: Record<string, unknown>, after: string) {
  filter.no = { ...(filter.no as object | undefined), $gt: after };
}

function derived(contact: Contact) {
  const emailLower = contact.email.toLowerCase();
  return {
    emailLower,
    emailDomain: emailDomainOf(contact.email),
    searchText: [contact.name, contact.email, contact.companyName].join('\n').toLowerCase(),
  };
}

export const contactRepository = {
  get: (tenantId: string, no: string) =>
    ContactModel.findOne({ _id: contactId(tenantId, no) }, projection).lean<Contact>(),

  /** As `get`, as of 5 seconds ago at most (this process's own writes at once): for recording interactions. */
  cached: (tenantId: string, no: string) =>
    recent.get(contactId(tenantId, no), () => contactRepository.get(tenantId, no)),

  /** The contact a create sent with this Idempotency-Key made, if it made one. */
  async findByIdempotencyKey(tenantId: string, idempotencyKey: string): Promise<Contact | null> {
    const requestKey = idempotentRequestKey(idempotencyKey);
    const nos = await contactRequestLookup.contactNos(tenantId, requestKey);
    if (nos.length === 0) return null;
    return ContactModel.findOne(
      { _id: { $in: nos.map((no) => contactId(tenantId, no)) }, tenantId, requestKey },
      projection,
    ).lean<Contact>();
  },

  async list(tenantId: string, criteria: ContactCriteria, page: { limit: number; cursor?: string }) {
    const after = decodeCursor<string>(page.cursor, 'string');
    if (criteria.email && Object.entries(criteria).every(([k, v]) => k === 'email' || v === undefined)) {
      return pageAfter(await this.findByEmails(tenantId, [criteria.email]), after, page.limit);
    }
    const { type, emailDomain, ...others } = criteria;
    if (type === 'company' && emailDomain && Object.values(others).every((v) => v === undefined)) {
      return pageAfter(await this.companiesAtDomain(tenantId, emailDomain), after, page.limit);
    }
    const filter = contactFilter(tenantId, criteria);
    if (after !== undefined) afterNo(filter, after);
    const rows = await ContactModel.find(filter, projection)
      .sort({ no: 1 })
      .limit(page.limit + 1)
      .lean<Contact[]>();
    return pageOf(rows, page.limit, (c) => c.no);
  },

  /** Streams the contacts matching criteria in key order, in batches. */
  matching(tenantId: string, criteria: ContactCriteria, batchSize: number): AsyncGenerator<Contact[]> {
    const cursor = ContactModel.find(contactFilter(tenantId, criteria), projection)
      .sort({ no: 1 })
      .lean<Contact>()
      .cursor({ batchSize });
    return cursorBatches(cursor, batchSize);
  },

  /** The contacts with these email addresses (any case). */
  async findByEmails(tenantId: string, emails: string[]): Promise<Contact[]> {
    const wanted = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
    if (wanted.length === 0) return [];
    const linked = await Promise.all(wanted.map((email) => contactEmailLookup.contactNos(tenantId, email)));
    const contacts = await Promise.all([...new Set(linked.flat())].map((no) => this.get(tenantId, no)));
    return contacts.filter((c): c is Contact => c !== null && wanted.includes(c.email.toLowerCase())).sort(byNo);
  },

  /** The company contacts with an address at this domain (any case, `@` or not), in number order. */
  async companiesAtDomain(tenantId: string, domain: string): Promise<Contact[]> {
    const wanted = normalizedDomain(domain);
    const linked = await this.getMany(tenantId, await companyDomainLookup.companyNos(tenantId, wanted));
    return [...linked.values()].filter((c) => c.type === 'company' && emailDomainOf(c.email) === wanted).sort(byNo);
  },

  async getMany(tenantId: string, nos: string[]): Promise<Map<string, Contact>> {
    const rows = await ContactModel.find({ _id: { $in: nos.map((no) => contactId(tenantId, no)) } }, projection).lean<
      Contact[]
    >();
    return new Map(rows.map((c) => [c.no, c]));
  },

  /** Inserts a new contact; with the Idempotency-Key of its create, `findByIdempotencyKey` finds it again. */
  async insert(tenantId: string, contact: Contact, idempotencyKey?: string): Promise<Contact> {
    const requestKey = idempotencyKey ? idempotentRequestKey(idempotencyKey) : randomUUID();
    try {
      await ContactModel.collection.insertOne({
        ...contact,
        ...derived(contact),
        _id: contactId(tenantId, contact.no),
        tenantId,
        requestKey,
      } as never);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const made = idempotencyKey && (await this.madeBeforeItsLink(tenantId, contact.no, requestKey));
      if (made) return made;
      throw alreadyExists('Contact', contact.no);
    }
    forget(tenantId, [contact]);
    await linkLookups(tenantId, [contact]);
    if (idempotencyKey) await contactRequestLookup.link(tenantId, requestKey, contact.no);
    return (await this.get(tenantId, contact.no))!;
  },

  /**
   * Whether a keyed insert collided with its own earlier try, stored and stopped before it was linked: under this
   * number (the same number given again), or, while the number is free, under another one, found by its key with a
   * scan (only after such a crash). Linked when found.
   */
  async madeBeforeItsLink(tenantId: string, no: string, requestKey: string): Promise<Contact | null> {
    const atNo = await ContactModel.findOne({ _id: contactId(tenantId, no) }, { _id: 0, requestKey: 1 }).lean<{
      requestKey: string;
    }>();
    if (atNo && atNo.requestKey !== requestKey) return null;
    const made = atNo
      ? await this.get(tenantId, no)
      : await ContactModel.findOne({ tenantId, requestKey }, projection).lean<Contact>();
    if (made) await contactRequestLookup.link(tenantId, requestKey, made.no);
    return made;
  },

  /** Inserts the contacts whose numbers are free; returns how many were inserted. */
  async insertManyNew(tenantId: string, contacts: Contact[]): Promise<number> {
    const docs = contacts.map((c) => ({
      ...c,
      ...derived(c),
      _id: contactId(tenantId, c.no),
      tenantId,
      requestKey: `import:${c.no}`,
    }));
    try {
      const { insertedCount } = await ContactModel.collection.insertMany(docs as never[], { ordered: false });
      forget(tenantId, contacts);
      await linkLookups(tenantId, contacts);
      return insertedCount;
    } catch (error) {
      forget(tenantId, contacts);
      await linkLookups(tenantId, contacts);
      if (!isDuplicateKeyError(error)) throw error;
      return (
        (error as { result?: { insertedCount?: number } }).result?.insertedCount ??
        docs.length - ((error as { writeErrors?: unknown[] }).writeErrors?.length ?? 0)
      );
    }
  },

  /** `ifMatch`: the version the caller read (412 when it changed since); without it the last writer wins. */
  async replace(tenantId: string, contact: Contact, ifMatch?: number): Promise<Contact> {
    await updateVersioned(
      ContactModel,
      { _id: contactId(tenantId, contact.no) },
      { ...contact, ...derived(contact) },
      { what: 'Contact', key: contact.no, ifMatch },
    );
    forget(tenantId, [contact]);
    await linkLookups(tenantId, [contact]);
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
