import { useEffect, useState } from 'react';

/**
 * True from the first moment the browser is idle after `ready` held: for what may wait until the form is
 * usable (its code and its request then do not compete with the form's own).
 */
export function useWhenIdle(ready: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    // Safari (Outlook on Mac, iOS) has no requestIdleCallback.
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setIdle(true), 150);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(() => setIdle(true), { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }, [ready, idle]);
  return idle;
}
