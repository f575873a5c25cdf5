export interface ContactCriteria {
  type?: 'person' | 'company';
  companyNo?: string;
  salespersonCode?: string;
  search?: string;
  emailDomain?: string;
  email?: string;
  contactNos?: string[];
}

/** An address domain as stored: lower case, without a leading `@`. */
export const normalizedDomain = (domain: string) => domain.trim().toLowerCase().replace(/^@/, '');

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Turns validated criteria into a MongoDB filter; every value is a plain string, never an operator. */
export function contactFilter(tenantId: string, criteria: ContactCriteria): Record<string, unknown> {
  const filter: Record<string, unknown> = { tenantId };
  if (criteria.type) filter.type = criteria.type;
  if (criteria.companyNo) filter.companyNo = criteria.companyNo.toUpperCase();
  if (criteria.salespersonCode) filter.salespersonCode = criteria.salespersonCode.toUpperCase();
  if (criteria.email) filter.emailLower = criteria.email.trim().toLowerCase();
  if (criteria.emailDomain) filter.emailDomain = normalizedDomain(criteria.emailDomain);
  if (criteria.search) filter.searchText = { $regex: escapeRegex(criteria.search.trim().toLowerCase()) };
  if (criteria.contactNos) filter.no = { $in: criteria.contactNos.map((no) => no.toUpperCase()) };
  return filter;
}
