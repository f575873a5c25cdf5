import type { Client } from '@microsoft/microsoft-graph-client';
import { graphProblem } from '../../lib/graph/graph-errors';
import { filterValue, odataString, searchValue } from '../../lib/graph/odata-query';
import type { OutlookPeopleGateway, OutlookPerson } from '../domain/outlook-people-gateway';

interface GraphContact {
  displayName?: string | null;
  emailAddresses?: { address?: string | null }[] | null;
  companyName?: string | null;
  jobTitle?: string | null;
  businessPhones?: string[] | null;
  mobilePhone?: string | null;
  homePhones?: string[] | null;
}

interface GraphPerson {
  displayName?: string | null;
  scoredEmailAddresses?: { address?: string | null }[] | null;
  companyName?: string | null;
  jobTitle?: string | null;
  phones?: { type?: string | null; number?: string | null }[] | null;
  personType?: { class?: string | null } | null;
}

const CONTACT_FIELDS = 'displayName,emailAddresses,companyName,jobTitle,businessPhones,mobilePhone,homePhones';
const PERSON_FIELDS = 'displayName,scoredEmailAddresses,companyName,jobTitle,phones,personType';

/** Graph filters a contact's addresses with `eq` only, so an address is matched whole and a name by its start. */
function contactFilter(text: string): string {
  const literal = odataString(text);
  if (text.includes('@')) return `emailAddresses/any(a:a/address eq ${literal})`;
  return ['displayName', 'givenName', 'surname'].map((field) => `startswith(${field},${literal})`).join(' or ');
}

const firstOf = (...values: (string | null | undefined)[]) => values.find((v) => v?.trim())?.trim() ?? '';

function fromContact(c: GraphContact): OutlookPerson[] {
  const details = {
    companyName: firstOf(c.companyName),
    jobTitle: firstOf(c.jobTitle),
    phone: firstOf(...(c.businessPhones ?? []), c.mobilePhone, ...(c.homePhones ?? [])),
  };
  const emails = (c.emailAddresses ?? []).map((a) => firstOf(a.address)).filter(Boolean);
  return emails.map((email) => ({ name: firstOf(c.displayName, email), email, ...details }));
}

function fromPerson(p: GraphPerson): OutlookPerson {
  const phones = p.phones ?? [];
  const phoneOf = (type: string) => phones.find((ph) => ph.type === type)?.number;
  const email = firstOf(...(p.scoredEmailAddresses ?? []).map((a) => a.address));
  return {
    name: firstOf(p.displayName, email),
    email,
    companyName: firstOf(p.companyName),
    jobTitle: firstOf(p.jobTitle),
    phone: firstOf(phoneOf('business'), phoneOf('mobile'), ...phones.map((ph) => ph.number)),
  };
}

/** The user's Outlook contacts (`/me/contacts`, Contacts.Read) and relevant people (`/me/people`, People.Read). */
export function graphOutlookPeopleGateway(graph: Client): OutlookPeopleGateway {
  const list = async <T>(request: () => Promise<{ value?: T[] }>): Promise<T[]> => {
    try {
      return (await request()).value ?? [];
    } catch (error) {
      throw graphProblem(error);
    }
  };
  return {
    async contacts(search, limit) {
      const found = await list<GraphContact>(() =>
        graph
          .api('/me/contacts')
          .filter(filterValue(contactFilter(search)))
          .select(CONTACT_FIELDS)
          .top(limit)
          .get(),
      );
      return found.flatMap(fromContact);
    },
    async relevantPeople(search, limit) {
      const found = await list<GraphPerson>(() =>
        graph.api('/me/people').search(searchValue(search)).select(PERSON_FIELDS).top(limit).get(),
      );
      // Groups and rooms are people to Graph too.
      return found.filter((p) => !p.personType?.class || p.personType.class === 'Person').map(fromPerson);
    },
  };
}
