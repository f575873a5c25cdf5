import { useCallback, useEffect, useState } from 'react';
import type { Contact, InteractionLogEntry, Source } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { findContactMatches, type PersonMatch } from '@interlog/contact-matching';
import type { PersonAddress } from '@interlog/contact-matching';

export type { PersonMatch };

export type MatchState =
  { status: 'loading' } | { status: 'ready'; matches: PersonMatch[] } | { status: 'error'; error: unknown };

/** Looks each address up among the contacts and finds what this item already recorded. */
export function useContactMatches(people: PersonAddress[], source: Source, exclude: string[]) {
  const { api } = useInterlog();
  const [state, setState] = useState<MatchState>({ status: 'loading' });
  const peopleKey = JSON.stringify([people, exclude, source.internetMessageId, source.itemId]);

  const load = useCallback(
    (): Promise<PersonMatch[]> => findContactMatches(api, people, source, exclude),
    [api, peopleKey],
  );

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
    setState((current) =>
      current.status !== 'ready'
        ? current
        : {
            status: 'ready',
            matches: current.matches.map((m) =>
              m.person.email.toLowerCase() === email.toLowerCase() ? { ...m, contact } : m,
            ),
          },
    );
  }, []);

  const markRecorded = useCallback((entries: InteractionLogEntry[]) => {
    setState((current) =>
      current.status !== 'ready'
        ? current
        : {
            status: 'ready',
            matches: current.matches.map((m) => ({
              ...m,
              recorded: entries.find((e) => e.contactNo === m.contact?.no) ?? m.recorded,
            })),
          },
    );
  }, []);

  return { state, setContact, markRecorded };
}
