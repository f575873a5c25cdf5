import type { InterlogApi, Contact, InteractionLogEntry, Source } from '@interlog/api-client';
import type { PersonAddress } from './person-address';

export interface PersonMatch {
  person: PersonAddress;
  contact: Contact | null;
  /** The entry this item already has for the contact, if any. */
  recorded: InteractionLogEntry | null;
  /** The contact's postponed interaction for this item, waiting to be finished (not recorded again). */
  postponed?: InteractionLogEntry | null;
}

function uniqueByEmail(people: PersonAddress[], exclude: string[]): PersonAddress[] {
  const seen = new Set(exclude.map((e) => e.toLowerCase()));
  return people.filter((p) => {
    const key = p.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Looks each address up among the contacts and finds what this item already recorded.
 * Without a React tree: the pane's hook and the on-send runtime share it.
 */
export async function findContactMatches(
  api: InterlogApi,
  people: PersonAddress[],
  source: Source,
  exclude: string[],
): Promise<PersonMatch[]> {
  const unique = uniqueByEmail(people, exclude);
  // An email by its message id, a meeting by its iCalUId (whichever app recorded it), else the item.
  const recordedQuery = source.internetMessageId
    ? { internetMessageId: source.internetMessageId }
    : source.iCalUId
      ? { iCalUId: source.iCalUId }
      : source.itemId
        ? { sourceItemId: source.itemId }
        : null;
  const entries = (postponed: boolean) =>
    recordedQuery
      ? api.interactions.list({ ...recordedQuery, postponed, limit: 500 }).then((page) => page.items)
      : Promise.resolve([]);
  const [contacts, recorded, postponed] = await Promise.all([
    Promise.all(unique.map(async (person) => (await api.contacts.findByEmail(person.email)).items[0] ?? null)),
    entries(false),
    entries(true),
  ]);
  return unique.map((person, i) => ({
    person,
    contact: contacts[i],
    recorded: recorded.find((entry) => entry.contactNo === contacts[i]?.no && !entry.canceled) ?? null,
    postponed: postponed.find((entry) => entry.contactNo === contacts[i]?.no) ?? null,
  }));
}
