import { useCallback, useEffect, useRef, useState } from 'react';
import { useInterlog } from '@interlog/app-shell';
import type { ItemReadResult, MailHost } from './host/mail-host';
import { withMeetingKey } from './meeting-key';

/**
 * The current item, following the pinned pane to the next one. With unsaved input the
 * switch waits for the user's answer (`pendingSwitch`).
 */
export function useMailItem(host: MailHost) {
  const [result, setResult] = useState<ItemReadResult | null>(null);
  const [version, setVersion] = useState(0);
  const [pendingSwitch, setPendingSwitch] = useState(false);
  const dirty = useRef(false);
  const { api } = useInterlog();

  const read = useCallback(async () => {
    setResult(null);
    const found = await host.readItem();
    setResult(found.status === 'ok' ? { ...found, item: await withMeetingKey(api, found.item) } : found);
    setVersion((v) => v + 1);
    dirty.current = false;
  }, [host, api]);

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
