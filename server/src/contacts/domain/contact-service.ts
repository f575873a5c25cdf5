import { businessRule, notFound } from '../../lib/errors/app-error';
import { createWithNextNumber, getMarketingSetup } from '../../setup';
import { contactRepository } from '../data-access/contact-repository';
import { salespersonRepository } from '../data-access/salesperson-repository';
import type {
  Contact,
  ContactListFilter,
  CreateContactInput,
  ImportContactInput,
  PatchContactInput,
} from './contact-schema';

async function withCompany(tenantId: string, contact: Contact): Promise<Contact> {
  if (contact.type === 'company') return { ...contact, companyNo: contact.no, companyName: contact.name };
  if (!contact.companyNo) return { ...contact, companyName: '' };
  const company = await contactRepository.get(tenantId, contact.companyNo);
  if (!company || company.type !== 'company' || contact.companyNo === contact.no) {
    throw businessRule(`Contact ${contact.companyNo} is not a company contact.`, {
      errors: [{ path: '/body/companyNo', message: 'names no company contact' }],
    });
  }
  return { ...contact, companyName: company.name };
}

async function checkSalesperson(tenantId: string, code: string) {
  if (code && !(await salespersonRepository.exists(tenantId, code))) {
    throw businessRule(`Salesperson ${code} does not exist.`, {
      errors: [{ path: '/body/salespersonCode', message: 'names no salesperson' }],
    });
  }
}

function draftFrom(input: CreateContactInput): Contact {
  return {
    no: (input.no ?? '').toUpperCase(),
    type: input.type ?? 'person',
    name: input.name,
    companyNo: (input.companyNo ?? '').toUpperCase(),
    companyName: '',
    email: (input.email ?? '').trim(),
    phone: input.phone ?? '',
    salespersonCode: (input.salespersonCode ?? '').toUpperCase(),
    correspondenceType: input.correspondenceType ?? '',
    languageCode: (input.languageCode ?? '').toUpperCase(),
  };
}

export async function createContact(
  tenantId: string,
  input: CreateContactInput,
  idempotencyKey?: string,
): Promise<Contact> {
  const draft = draftFrom(input);
  await checkSalesperson(tenantId, draft.salespersonCode);
  await withCompany(tenantId, draft); // refuses a wrong company before a number is taken from the series
  // Only a create sent with an Idempotency-Key can have been made before (by this request's earlier try).
  const made = async () => (idempotencyKey ? contactRepository.findByIdempotencyKey(tenantId, idempotencyKey) : null);
  const insert = async (no: string) => {
    const existing = await made();
    if (existing) return existing;
    const contact = await withCompany(tenantId, { ...draft, no });
    return contactRepository.insert(tenantId, contact, idempotencyKey);
  };
  if (input.no) return insert(input.no.toUpperCase());
  const existing = await made();
  if (existing) return existing;
  const { contactNos } = await getMarketingSetup(tenantId);
  return createWithNextNumber(tenantId, contactNos, insert);
}

export async function getContact(tenantId: string, no: string): Promise<Contact> {
  const contact = await contactRepository.get(tenantId, no.toUpperCase());
  if (!contact) throw notFound('Contact', no.toUpperCase());
  return contact;
}

/** `ifMatch`: the version the caller read; 412 when the contact changed since (without it the last writer wins). */
export async function patchContact(
  tenantId: string,
  no: string,
  input: PatchContactInput,
  ifMatch?: number,
): Promise<Contact> {
  const current = await getContact(tenantId, no);
  const changes = { ...input };
  if (changes.companyNo !== undefined) changes.companyNo = changes.companyNo.toUpperCase();
  if (changes.salespersonCode !== undefined) changes.salespersonCode = changes.salespersonCode.toUpperCase();
  if (changes.languageCode !== undefined) changes.languageCode = changes.languageCode.toUpperCase();
  if (changes.email !== undefined) changes.email = changes.email.trim();
  if (changes.salespersonCode) await checkSalesperson(tenantId, changes.salespersonCode);
  if (
    current.type === 'company' &&
    changes.type === 'person' &&
    (await contactRepository.list(tenantId, { companyNo: current.no, type: 'person' }, { limit: 1 })).items.length > 0
  ) {
    throw businessRule(`Company ${current.no} has people; it cannot become a person.`);
  }
  const next = await withCompany(tenantId, {
    ...current,
    ...changes,
    companyNo: changes.companyNo ?? (changes.type === 'person' && current.type === 'company' ? '' : current.companyNo),
  });
  const saved = await contactRepository.replace(tenantId, next, ifMatch);
  if (saved.type === 'company' && saved.name !== current.name)
    await contactRepository.renameCompany(tenantId, saved.no, saved.name);
  return saved;
}

export function listContacts(tenantId: string, query: ContactListFilter) {
  const { limit, cursor, ...criteria } = query;
  return contactRepository.list(tenantId, criteria, { limit: limit ?? 50, cursor });
}

/**
 * Imports many contacts in one bulk write (e.g. from Outlook). Contacts whose number is
 * taken already are left as they are, so an import can be retried safely.
 */
export async function importContacts(
  tenantId: string,
  inputs: ImportContactInput[],
): Promise<{ created: number; existing: number }> {
  const drafts = inputs.map(draftFrom);
  const problems = [];
  const salespeople = [...new Set(drafts.map((d) => d.salespersonCode).filter(Boolean))];
  for (const code of salespeople)
    if (!(await salespersonRepository.exists(tenantId, code)))
      problems.push({ path: '/body/contacts', message: `salesperson ${code} does not exist` });
  const inBatch = new Map(drafts.filter((d) => d.type === 'company').map((d) => [d.no, d]));
  const referenced = [
    ...new Set(
      drafts.filter((d) => d.type === 'person' && d.companyNo && !inBatch.has(d.companyNo)).map((d) => d.companyNo),
    ),
  ];
  const stored = await contactRepository.getMany(tenantId, referenced);
  const companies = new Map([...stored].filter(([, c]) => c.type === 'company').concat([...inBatch]));
  for (const no of referenced)
    if (!companies.has(no))
      problems.push({ path: '/body/contacts', message: `contact ${no} is not a company contact` });
  if (problems.length)
    throw businessRule('Some contacts refer to records that do not exist; nothing was imported.', { errors: problems });
  const contacts = drafts.map((d) =>
    d.type === 'company'
      ? { ...d, companyNo: d.no, companyName: d.name }
      : { ...d, companyName: d.companyNo ? companies.get(d.companyNo)!.name : '' },
  );
  const created = await contactRepository.insertManyNew(tenantId, contacts);
  return { created, existing: contacts.length - created };
}
