import { useCallback, useEffect, useRef, useState } from 'react';
import { useInterlog } from '@interlog/app-shell';
import type { ItemReadResult, MailHost } from './host/mail-host';
import { readIdentity, takeFirstItem } from './first-read';
import { needsMeetingKey, withMeetingKey } from './meeting-key';

/**
 * The current item, following the pinned pane to the next one. With unsaved input the
 * switch waits for the user's answer (`pendingSwitch`).
 */
export function useMailItem(host: MailHost) {
  // Read before the first render (first-read.ts): shown at once unless a meeting still needs its key.
  const [first] = useState(() => takeFirstItem(host));
  const ready = first && !(first.status === 'ok' && needsMeetingKey(first.item)) ? first : null;
  const [result, setResult] = useState<ItemReadResult | null>(ready);
  const [version, setVersion] = useState(ready ? 1 : 0);
  const [pendingSwitch, setPendingSwitch] = useState(false);
  const dirty = useRef(false);
  const { api } = useInterlog();

  const read = useCallback(
    async (earlier?: ItemReadResult) => {
      setResult(null);
      const found = earlier ?? (await host.readItem());
      setResult(found.status === 'ok' ? { ...found, item: await withMeetingKey(api, found.item) } : found);
      setVersion((v) => v + 1);
      dirty.current = false;
    },
    [host, api],
  );

  useEffect(() => {
    if (!ready) void read(first);
    // Shown from the first read: read again only if Outlook moved to another item before the pane listened.
    else
      void host.readItem().then((now) => {
        if (readIdentity(now) !== readIdentity(ready)) void read(now);
      });
    return host.onItemChanged(() => {
      if (dirty.current) setPendingSwitch(true);
      else void read();
    });
    // The first read is taken once, on mounting.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
