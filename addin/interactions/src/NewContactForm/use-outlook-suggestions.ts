import { useCallback, useEffect, useRef, useState } from 'react';
import type { PersonSuggestion } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';
import { bestMatchFor, outlookUnavailable } from './outlook-suggestions';

const SEARCH_DELAY_MS = 300;
const MIN_SEARCH_LENGTH = 2;
/** The longest search the server takes. */
export const MAX_SEARCH_LENGTH = 100;

/**
 * The user's Outlook contacts and correspondents, through the server: the entry for the
 * address the form is for (handed to `onMatch` once), and a search as the user types.
 * Without Graph on the server there are simply no suggestions; other problems are shown.
 */
export function useOutlookSuggestions(email: string, onMatch: (match: PersonSuggestion) => void) {
  const { api } = useInterlog();
  const [available, setAvailable] = useState(true);
  const [problem, setProblem] = useState<unknown>(null);
  const [query, setQuery] = useState('');
  /** The last answer, and the text it answers. */
  const [found, setFound] = useState<{ text: string; items: PersonSuggestion[] }>({ text: '', items: [] });
  const matched = useRef(onMatch);
  matched.current = onMatch;

  const failed = useCallback(
    (error: unknown) => (outlookUnavailable(error) ? setAvailable(false) : setProblem(error)),
    [],
  );

  useEffect(() => {
    if (email.length > MAX_SEARCH_LENGTH) return;
    let current = true;
    api.people.search(email, 5).then(
      (answer) => {
        const match = bestMatchFor(email, answer.items);
        if (current && match) matched.current(match);
      },
      (error: unknown) => current && failed(error),
    );
    return () => {
      current = false;
    };
  }, [api, email, failed]);

  const text = query.trim();
  const wanted = available && text.length >= MIN_SEARCH_LENGTH;
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    const timer = setTimeout(() => {
      api.people.search(text, 10).then(
        (answer) => current && setFound({ text, items: answer.items }),
        (error: unknown) => {
          if (!current) return;
          setFound({ text, items: [] });
          failed(error);
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, text, wanted, failed]);

  const answered = wanted && found.text === text;
  return {
    available,
    problem,
    dismissProblem: () => setProblem(null),
    query,
    setQuery,
    results: answered ? found.items : [],
    searching: wanted && !answered,
  };
}
