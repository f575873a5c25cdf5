import { conflict } from '../../lib/errors/app-error';
import { interactionLogEntryRepository } from '../data-access/interaction-log-entry-repository';
import type { CreateInteractionInput, InteractionLogEntry, Source } from './interaction-log-entry-schema';

/** Whether two sources name the same email or meeting: its message id, the meeting's iCalUId, else the item id. */
export function sameItem(a: Source | undefined, b: Source | undefined): boolean {
  if (!a || !b) return false;
  if (a.internetMessageId || b.internetMessageId) return a.internetMessageId === b.internetMessageId;
  if (a.iCalUId && b.iCalUId) return a.iCalUId === b.iCalUId;
  return Boolean(a.itemId) && a.itemId === b.itemId;
}

/** The contact's postponed interaction about this email or meeting, if one waits. */
export async function postponedForItem(
  tenantId: string,
  contactNo: string,
  source: Source | undefined,
): Promise<InteractionLogEntry | null> {
  if (!source || (!source.internetMessageId && !source.iCalUId && !source.itemId)) return null;
  // With a message id, the entries of that email are found through its lookup, not by scanning the contact's.
  const { internetMessageId } = source;
  const { items } = await interactionLogEntryRepository.list(
    tenantId,
    { contactNo, postponed: true, ...(internetMessageId ? { internetMessageId } : {}) },
    { limit: 500 },
  );
  return items.find((entry) => sameItem(entry.source, source)) ?? null;
}

/**
 * A postponed interaction belongs to its item: recording the item again for the contact would make
 * a second entry while the first still waits. 409 names the postponed entry, to be finished instead.
 */
export async function refuseWhilePostponed(tenantId: string, input: CreateInteractionInput): Promise<void> {
  if (input.postpone) return;
  const waiting = await postponedForItem(tenantId, input.contactNo.toUpperCase(), input.source);
  if (waiting)
    throw conflict(
      `Contact ${waiting.contactNo} has postponed interaction ${waiting.entryNo} for this item: ` +
        'finish it (POST /interaction-log-entries/{entryNo}/resume) instead of recording another.',
      { postponedEntryNo: waiting.entryNo },
    );
}
