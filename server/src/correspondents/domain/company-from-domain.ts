import { contactLookup, createContact, type Contact } from '../../contacts';

/** Mail services whose domain names no company: a correspondent there gets none. */
const PUBLIC_MAIL = new Set(
  [
    'gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com icloud.com me.com aol.com',
    'proton.me protonmail.com gmx.com gmx.de gmx.net web.de mail.ru yandex.ru bk.ru list.ru inbox.ru',
    'seznam.cz email.cz centrum.cz post.cz volny.cz luukku.com suomi24.fi',
  ]
    .join(' ')
    .split(' '),
);

/** `sales.fabrikam-group.example` → "Fabrikam Group": the domain's name without its suffix and sub-domains. */
export function companyNameOf(domain: string): string {
  const labels = domain.split('.');
  const main = labels.length > 1 ? labels[labels.length - 2] : labels[0];
  return main
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ')
    .slice(0, 100);
}

async function personWithCompanyAt(tenantId: string, domain: string): Promise<Contact | null> {
  for await (const batch of contactLookup.matching(tenantId, { emailDomain: domain, type: 'person' }, 20))
    for (const contact of batch) if (contact.companyNo) return contact;
  return null;
}

/**
 * The company of an address: a company contact at its domain, else the company of a person there, else a new
 * company named after the domain (one per domain, however often asked). None for public mail services.
 */
export async function companyForDomain(tenantId: string, domain: string): Promise<Contact | null> {
  if (!domain || PUBLIC_MAIL.has(domain)) return null;
  const [company] = await contactLookup.companiesAtDomain(tenantId, domain);
  if (company) return company;
  const person = await personWithCompanyAt(tenantId, domain);
  if (person) return contactLookup.get(tenantId, person.companyNo);
  return createContact(tenantId, { type: 'company', name: companyNameOf(domain) }, `uc-company:${domain}`);
}
