import { useCallback, useMemo } from 'react';
import { hashKey, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contact, InteractionLogEntry, InterlogApi, Source } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { findContactMatches, type PersonMatch } from '@interlog/contact-matching';
import type { PersonAddress } from '@interlog/contact-matching';

export type { PersonMatch };

const RETRY_MS = 10_000;

const matchesKey = (people: PersonAddress[], source: Source, exclude: string[]) => [
  'contact-matches',
  people,
  exclude,
  source.internetMessageId,
  source.itemId,
];

// A lookup started before the form's first render, taken over (once) by the form's query for the same item.
let primed: { hash: string; matches: Promise<PersonMatch[]> } | null = null;

/** A shell that knows its item before its first render starts the lookup then (the form asks for it after). */
export function primeContactMatches(api: InterlogApi, people: PersonAddress[], source: Source, exclude: string[]) {
  const matches = findContactMatches(api, people, source, exclude);
  matches.catch(() => undefined);
  primed = { hash: hashKey(matchesKey(people, source, exclude)), matches };
}

function takePrimed(queryKey: readonly unknown[]) {
  const taken = primed?.hash === hashKey(queryKey) ? primed.matches : null;
  primed = null;
  return taken;
}

export type MatchState =
  { status: 'loading' } | { status: 'ready'; matches: PersonMatch[] } | { status: 'error'; error: unknown };

/**
 * Looks each address up among the contacts and finds what this item already recorded. Read for each item anew
 * (gcTime 0: what an item recorded may have changed since it was last shown); a contact created or an
 * interaction recorded here is put in place.
 */
export function useContactMatches(people: PersonAddress[], source: Source, exclude: string[]) {
  const { api } = useInterlog();
  const queryClient = useQueryClient();
  const queryKey = useMemo(
    () => matchesKey(people, source, exclude),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names the source by these two ids
    [people, exclude, source.internetMessageId, source.itemId],
  );
  const query = useQuery({
    queryKey,
    queryFn: () => takePrimed(queryKey) ?? findContactMatches(api, people, source, exclude),
    gcTime: 0,
    // "Cannot be reached" does not stay: the lookup is tried again until the server answers.
    refetchInterval: (q) => (q.state.status === 'error' ? RETRY_MS : false),
  });
  const { status, data, error } = query;
  const state = useMemo((): MatchState => {
    if (status === 'success') return { status: 'ready', matches: data };
    if (status === 'error') return { status: 'error', error };
    return { status: 'loading' };
  }, [status, data, error]);

  const update = useCallback(
    (change: (matches: PersonMatch[]) => PersonMatch[]) =>
      queryClient.setQueryData<PersonMatch[]>(queryKey, (matches) => matches && change(matches)),
    [queryClient, queryKey],
  );
  const setContact = useCallback(
    (email: string, contact: Contact) =>
      update((matches) =>
        matches.map((m) => (m.person.email.toLowerCase() === email.toLowerCase() ? { ...m, contact } : m)),
      ),
    [update],
  );
  const markRecorded = useCallback(
    (entries: InteractionLogEntry[]) =>
      update((matches) =>
        matches.map((m) => ({ ...m, recorded: entries.find((e) => e.contactNo === m.contact?.no) ?? m.recorded })),
      ),
    [update],
  );

  /** Puts a contact found by search on the list (once); answers the key it is selected by. */
  const addContact = useCallback(
    (contact: Contact, roleLabel: string) => {
      const email = (contact.email || `${contact.no}@contact.interlog`).toLowerCase();
      update((matches) =>
        matches.some((m) => m.contact?.no === contact.no)
          ? matches
          : [...matches, { person: { email, name: contact.name, roleLabel }, contact, recorded: null }],
      );
      return email;
    },
    [update],
  );

  /** Reads the item's contacts and entries again (a postponed interaction was finished); answers them. */
  const refresh = useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey });
    return queryClient.getQueryData<PersonMatch[]>(queryKey) ?? [];
  }, [queryClient, queryKey]);

  return { state, setContact, markRecorded, addContact, refresh };
}
