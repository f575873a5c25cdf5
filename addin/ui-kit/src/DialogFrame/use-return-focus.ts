import { useEffect, useRef } from 'react';

const dialogOf = (element: Element | null) => element?.closest('[role="dialog"], [role="alertdialog"]') ?? null;

/**
 * Puts the keyboard back where it was when the dialog opened (the button that opened it) once it closes or
 * goes away. Fluent's Dialog does that only for a DialogTrigger; ours open from page state, and without this
 * the focus fell to the page's start. Focus that the dialog's action moved elsewhere (another dialog) stays.
 */
export function useReturnFocus(open: boolean) {
  const opener = useRef<HTMLElement | null>(null);
  // Read while rendering open: Fluent moves the focus into the dialog only after this render.
  if (open && !opener.current) {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body) opener.current = active;
  }
  useEffect(() => {
    if (!open) return undefined;
    // Runs when the dialog closes or is taken away while open.
    return () => {
      const returnTo = opener.current;
      opener.current = null;
      const closing = dialogOf(document.activeElement);
      if (!returnTo) return;
      // After the dialog has gone from the page (or while it fades out, still holding the focus).
      window.setTimeout(() => {
        const active = document.activeElement;
        const lost = !active || active === document.body || !active.isConnected || closing?.contains(active);
        if (lost && returnTo.isConnected) returnTo.focus();
      });
    };
  }, [open]);
}
