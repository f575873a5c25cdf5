import { contactLookup } from '../../contacts';
import type { OutlookPeopleGateway, OutlookPerson } from './outlook-people-gateway';
import type { PeopleSearchInput, PeopleSearchResult, PersonSource } from './person-suggestion-schema';

type Found = OutlookPerson & { source: PersonSource };

function oncePerEmail(people: Found[]): Found[] {
  const seen = new Map<string, Found>();
  for (const person of people) {
    const key = person.email.toLowerCase();
    if (key && !seen.has(key)) seen.set(key, person);
  }
  return [...seen.values()];
}

async function contactNosByEmail(tenantId: string, emails: string[]): Promise<Map<string, string>> {
  const nos = new Map<string, string>();
  for (const contact of await contactLookup.findByEmails(tenantId, emails)) {
    const key = contact.email.toLowerCase();
    if (!nos.has(key)) nos.set(key, contact.no);
  }
  return nos;
}

/**
 * People from the user's Outlook to make contacts of: their own Outlook contacts first, then
 * the people they correspond with; once per address, each with the Interlog contact that
 * already has that address.
 */
export async function searchPeople(
  gateway: OutlookPeopleGateway,
  tenantId: string,
  { search, limit = 10 }: PeopleSearchInput,
): Promise<PeopleSearchResult> {
  const text = search.trim();
  const [contacts, people] = await Promise.all([gateway.contacts(text, limit), gateway.relevantPeople(text, limit)]);
  const found = oncePerEmail([
    ...contacts.map((p) => ({ ...p, source: 'contacts' as const })),
    ...people.map((p) => ({ ...p, source: 'people' as const })),
  ]).slice(0, limit);
  const nos = await contactNosByEmail(
    tenantId,
    found.map((p) => p.email),
  );
  return { items: found.map((p) => ({ ...p, contactNo: nos.get(p.email.toLowerCase()) ?? null })) };
}
