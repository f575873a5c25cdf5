import { useCallback, useEffect, useRef, useState } from 'react';
import type { ItemReadResult, MailHost } from './host/mail-host';

/**
 * The current item, following the pinned pane to the next one. With unsaved input the
 * switch waits for the user's answer (`pendingSwitch`).
 */
export function useMailItem(host: MailHost) {
  const [result, setResult] = useState<ItemReadResult | null>(null);
  const [version, setVersion] = useState(0);
  const [pendingSwitch, setPendingSwitch] = useState(false);
  const dirty = useRef(false);

  const read = useCallback(async () => {
    setResult(null);
    setResult(await host.readItem());
    setVersion((v) => v + 1);
    dirty.current = false;
  }, [host]);

  useEffect(() => {
    void read();
    return host.onItemChanged(() => {
      if (dirty.current) setPendingSwitch(true);
      else void read();
    });
  }, [host, read]);

  return {
    result,
    /** Changes for every item read, so forms start fresh. */
    version,
    pendingSwitch,
    setDirty: useCallback((value: boolean) => {
      dirty.current = value;
    }, []),
    confirmSwitch: () => {
      setPendingSwitch(false);
      void read();
    },
    cancelSwitch: () => setPendingSwitch(false),
  };
}
