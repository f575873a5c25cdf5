import type { InteractionLogEntry } from '@interlog/api-client';

export interface ItemGroup {
  key: string;
  /** The first (newest) entry stands for the item: its source, subject and date. */
  first: InteractionLogEntry;
  entries: InteractionLogEntry[];
}

/** The email's message id, the meeting's iCalUId, else the Outlook item; an entry without an item stands alone. */
const itemKey = (entry: InteractionLogEntry) => {
  const source = entry.source;
  if (source?.internetMessageId) return `msg:${source.internetMessageId}`;
  if (source?.iCalUId) return `ical:${source.iCalUId}`;
  if (source?.itemId) return `item:${source.itemId}`;
  return `entry:${entry.entryNo}`;
};

/** Postponed interactions, one group per email or meeting, in the order the list has them. */
export function groupByItem(entries: InteractionLogEntry[]): ItemGroup[] {
  const groups = new Map<string, ItemGroup>();
  for (const entry of entries) {
    const key = itemKey(entry);
    const group = groups.get(key);
    if (group) group.entries.push(entry);
    else groups.set(key, { key, first: entry, entries: [entry] });
  }
  return [...groups.values()];
}
