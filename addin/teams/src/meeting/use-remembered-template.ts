import { useCallback, useState } from 'react';

const keyOf = (user: string) => `interlog.meetingTemplate.${user.toLowerCase()}`;

function read(key: string): string {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/**
 * The template this user last chose in the side panel, kept in this browser per user: it is the panel's next default,
 * before the setup's meeting template (also when the remembered one no longer exists).
 */
export function useRememberedTemplate(user: string) {
  const [chosen, setChosen] = useState(() => read(keyOf(user)));
  const [remembered] = useState(chosen);
  const defaultTemplate = useCallback(
    (setup: { meetingInvitation: string }, exists: (code: string) => boolean) =>
      remembered && exists(remembered) ? remembered : setup.meetingInvitation,
    [remembered],
  );
  const remember = useCallback(
    (code: string) => {
      setChosen(code);
      try {
        localStorage.setItem(keyOf(user), code);
      } catch {
        // Storage blocked (private mode, policy): the choice lasts for this panel only.
      }
    },
    [user],
  );
  /** The template the panel shows now as far as the user chose it ('' until they have, ever). */
  return { defaultTemplate, remember, chosen };
}
