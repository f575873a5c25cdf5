import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { PersonSuggestion } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { bestMatchFor, outlookUnavailable } from './outlook-suggestions';

const SEARCH_DELAY_MS = 300;
const MIN_SEARCH_LENGTH = 2;
/** The longest search the server takes. */
export const MAX_SEARCH_LENGTH = 100;

const peopleKey = (text: string, limit: number) => ['people', 'search', text, limit] as const;

/**
 * The user's Outlook contacts and correspondents, through the server: the entry for the
 * address the form is for (handed to `onMatch` once), and a search as the user types.
 * Without Graph on the server there are simply no suggestions; other problems are shown.
 */
export function useOutlookSuggestions(email: string, onMatch: (match: PersonSuggestion) => void) {
  const { api } = useInterlog();
  const [query, setQuery] = useState('');
  /** The text searched for: what the user typed, once they pause. */
  const [searched, setSearched] = useState('');
  const [dismissed, setDismissed] = useState<unknown>(null);
  const matched = useRef({ onMatch, email: '' });
  matched.current.onMatch = onMatch;

  const entry = useQuery({
    queryKey: peopleKey(email, 5),
    queryFn: () => api.people.search(email, 5),
    enabled: email.length <= MAX_SEARCH_LENGTH,
    // Asked anew each time a form opens: Outlook's people change outside Interlog.
    gcTime: 0,
  });
  const unavailable = [entry.error].some((error) => error && outlookUnavailable(error));

  const text = query.trim();
  const wanted = !unavailable && text.length >= MIN_SEARCH_LENGTH;
  useEffect(() => {
    if (!wanted) return undefined;
    const timer = setTimeout(() => setSearched(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, wanted]);
  const search = useQuery({
    queryKey: peopleKey(searched, 10),
    queryFn: () => api.people.search(searched, 10),
    enabled: wanted && searched === text,
    gcTime: 0,
  });
  const available = !unavailable && !(search.error && outlookUnavailable(search.error));

  // The address's own entry fills the form once (a later read of it does not undo what the user picked).
  useEffect(() => {
    if (!entry.data || matched.current.email === email) return;
    matched.current.email = email;
    const match = bestMatchFor(email, entry.data.items);
    if (match) matched.current.onMatch(match);
  }, [entry.data, email]);

  const failure = [entry.error, search.error].find((error) => error && !outlookUnavailable(error)) ?? null;
  const answered = wanted && searched === text && (search.isSuccess || search.isError);
  return {
    available,
    problem: failure === dismissed ? null : failure,
    dismissProblem: () => setDismissed(failure),
    query,
    setQuery,
    results: answered && search.data ? search.data.items : [],
    searching: wanted && !answered,
  };
}
