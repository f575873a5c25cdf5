import { useMemo, useSyncExternalStore } from 'react';
import type { Source } from '@interlog/api-client';
import { useInterlog } from '@interlog/app-shell';

/** The contacts whose interaction about this item waits on this device to be sent. */
export function useWaitingContacts(source: Source): ReadonlySet<string> {
  const { queue } = useInterlog();
  const items = useSyncExternalStore(
    (listener) => queue.subscribe(listener),
    () => queue.items(),
  );
  return useMemo(() => {
    const sameItem = (other: Source | undefined) =>
      !!other &&
      (source.internetMessageId
        ? other.internetMessageId === source.internetMessageId
        : !!source.itemId && other.itemId === source.itemId);
    return new Set(
      items.filter((item) => !item.failure && sameItem(item.input.source)).map((item) => item.input.contactNo),
    );
  }, [items, source.internetMessageId, source.itemId]);
}
