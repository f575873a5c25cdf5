import { ApiError, type Contact, type CreateContactInput, type InterlogApi } from '@interlog/api-client';
import type { CompanySource } from './use-company-choice';

/**
 * Creates the contact through the unknown correspondents list (the address leaves it, and its kept items are
 * recorded when asked). No company chosen or found: the server finds or makes the one of the domain. An address
 * no longer listed (cleared meanwhile) is created the usual way.
 */
export async function createFromKept(
  api: InterlogApi,
  email: string,
  input: CreateContactInput,
  companySource: CompanySource,
  recordMissed: boolean,
): Promise<Contact> {
  const { name, type, phone, companyNo } = input;
  try {
    const result = await api.unknownCorrespondents.createContact(email, {
      name,
      ...(type ? { type } : {}),
      ...(phone ? { phone } : {}),
      ...(type === 'person' && companySource !== null ? { companyNo: companyNo ?? '' } : {}),
      recordMissed,
    });
    return result.contact;
  } catch (caught) {
    if (caught instanceof ApiError && caught.status === 404)
      return api.contacts.create(input, `contact:${email.toLowerCase()}`);
    throw caught;
  }
}
