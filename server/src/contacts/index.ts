// Contacts and salespeople: what other components may use of them.
import { contactRepository } from './data-access/contact-repository';
import { salespersonRepository } from './data-access/salesperson-repository';

export { createContact } from './domain/contact-service';
export { createSalesperson, salespersonNames, salespersonOfUser } from './domain/salesperson-service';
export type { Contact } from './domain/contact-schema';
export type { Salesperson } from './domain/salesperson-schema';

/**
 * Reading contacts (null or absent when missing): by number, by many numbers, by criteria in batches, by email, the
 * companies at a domain.
 */
export const contactLookup: Pick<
  typeof contactRepository,
  'get' | 'cached' | 'getMany' | 'matching' | 'findByEmails' | 'companiesAtDomain'
> = contactRepository;

/** Reading salespeople: one by code (null when missing), several by code, a page of them, or whether one exists. */
export const salespersonLookup: Pick<typeof salespersonRepository, 'get' | 'getMany' | 'list' | 'exists'> =
  salespersonRepository;
