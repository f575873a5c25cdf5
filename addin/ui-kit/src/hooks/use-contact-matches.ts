import { useCallback, useEffect, useState } from 'react';
import type { Contact, InteractionLogEntry, Source } from '../../../api-client/src/resources';
import { useInterlog } from '../context/InterlogContext';
import type { PersonAddress } from './person-address';

export interface PersonMatch {
  person: PersonAddress;
  contact: Contact | null;
  /** The entry this item already has for the contact, if any. */
  recorded: InteractionLogEntry | null;
}

export type MatchState = { status: 'loading' } | { status: 'ready'; matches: PersonMatch[] } | { status: 'error'; error: unknown };

function uniqueByEmail(people: PersonAddress[], exclude: string[]): PersonAddress[] {
  const seen = new Set(exclude.map((e) => e.toLowerCase()));
  return people.filter((p) => {
    const key = p.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Looks each address up among the contacts and finds what this item already recorded. */
export function useContactMatches(people: PersonAddress[], source: Source, exclude: string[]) {
  const { api } = useInterlog();
  const [state, setState] = useState<MatchState>({ status: 'loading' });
  const peopleKey = JSON.stringify([people, exclude, source.internetMessageId, source.itemId]);

  const load = useCallback(async (): Promise<PersonMatch[]> => {
    const unique = uniqueByEmail(people, exclude);
    const recordedQuery = source.internetMessageId ? { internetMessageId: source.internetMessageId } : source.itemId ? { sourceItemId: source.itemId } : null;
    const [contacts, recorded] = await Promise.all([
      Promise.all(unique.map(async (person) => (await api.contacts.findByEmail(person.email)).items[0] ?? null)),
      recordedQuery ? api.interactions.list({ ...recordedQuery, limit: 500 }).then((page) => page.items) : Promise.resolve([]),
    ]);
    return unique.map((person, i) => ({ person, contact: contacts[i], recorded: recorded.find((entry) => entry.contactNo === contacts[i]?.no && !entry.canceled) ?? null }));
  }, [api, peopleKey]);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (matches) => live && setState({ status: 'ready', matches }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [load]);

  const setContact = useCallback((email: string, contact: Contact) => {
    setState((current) => current.status !== 'ready' ? current : { status: 'ready', matches: current.matches.map((m) => (m.person.email.toLowerCase() === email.toLowerCase() ? { ...m, contact } : m)) });
  }, []);

  const markRecorded = useCallback((entries: InteractionLogEntry[]) => {
    setState((current) => current.status !== 'ready' ? current : { status: 'ready', matches: current.matches.map((m) => ({ ...m, recorded: entries.find((e) => e.contactNo === m.contact?.no) ?? m.recorded })) });
  }, []);

  return { state, setContact, markRecorded };
}
