import { contactLookup, salespersonNames } from '../../contacts';
import { templateLookup } from '../../templates';
import type { InteractionLogEntry } from './interaction-log-entry-schema';

type StoredNames = Partial<
  Pick<InteractionLogEntry, 'contactCompanyName' | 'salespersonName' | 'templateDescription' | 'comment'>
>;
export type EntryWithoutNames = Omit<InteractionLogEntry, keyof StoredNames> & StoredNames;

const missing = (entries: EntryWithoutNames[], field: keyof StoredNames, code: (e: EntryWithoutNames) => string) => [
  ...new Set(entries.filter((e) => e[field] === undefined && code(e)).map(code)),
];

/**
 * New entries carry the names copied when they were recorded; entries recorded before that
 * get them here, from one read per kind of record for the whole page.
 */
export async function withNames(tenantId: string, entries: EntryWithoutNames[]): Promise<InteractionLogEntry[]> {
  const companyNos = missing(entries, 'contactCompanyName', (e) => e.contactCompanyNo);
  const salespersonCodes = missing(entries, 'salespersonName', (e) => e.salespersonCode);
  const templateCodes = missing(entries, 'templateDescription', (e) => e.templateCode);
  const [companies, salespeople, templates] = await Promise.all([
    companyNos.length ? contactLookup.getMany(tenantId, companyNos) : new Map(),
    salespersonNames(tenantId, salespersonCodes),
    templateCodes.length ? templateLookup.getMany(tenantId, templateCodes) : new Map(),
  ]);
  return entries.map((e) => ({
    ...e,
    contactCompanyName: e.contactCompanyName ?? companies.get(e.contactCompanyNo)?.name ?? '',
    salespersonName: e.salespersonName ?? salespeople.get(e.salespersonCode) ?? '',
    templateDescription: e.templateDescription ?? templates.get(e.templateCode)?.description ?? '',
    comment: e.comment ?? '',
  }));
}
