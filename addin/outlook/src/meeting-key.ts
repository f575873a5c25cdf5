import type { InterlogApi } from '@interlog/api-client';
import type { MailItem } from './host/mail-item';

/**
 * A meeting's iCalUId from the user's calendar (through Interlog and Graph), so that the pane keys the
 * meeting as the Teams side panel and automatic recording do. Without one (no Graph, no such event,
 * an unsaved meeting) the item id stands in.
 */
export async function withMeetingKey(api: InterlogApi, item: MailItem): Promise<MailItem> {
  if (!needsMeetingKey(item)) return item;
  const eventId = item.eventId || item.itemId;
  try {
    const { iCalUId } = await api.meetings.calendarEvent(eventId.slice(0, 512));
    return iCalUId ? { ...item, iCalUId } : item;
  } catch {
    return item;
  }
}

/** Only a meeting with an id asks the calendar. */
export function needsMeetingKey(item: MailItem): boolean {
  return item.kind === 'appointment' && !!(item.eventId || item.itemId);
}
