import type { LetterEntry } from '../../interactions';
import { entryLetterRepository, lineLetterRepository } from '../data-access/line-letter-repository';

/**
 * Once a segment is logged, each letter uploaded for one of its lines becomes the own letter of
 * that contact's entry, and the line's copy goes. Safe to repeat: the copy is written before the
 * line's is removed, and the entries that have their own letter are read back, not remembered.
 */
export async function takeOwnLetters(
  tenantId: string,
  logged: { entryNo: number; segmentNo: string; createdAt: string },
  entries: LetterEntry[],
): Promise<Set<number>> {
  const uploaded = await lineLetterRepository.listForSegment(tenantId, logged.segmentNo, new Date(logged.createdAt));
  if (uploaded.length > 0) {
    // A contact is in a segment once; by line order, a line added again after its removal wins.
    const byContact = new Map(uploaded.map((letter) => [letter.contactNo, letter]));
    for (const entry of entries) {
      const letter = byContact.get(entry.contactNo);
      if (letter) await entryLetterRepository.put(tenantId, logged.entryNo, entry.entryNo, letter);
    }
    await lineLetterRepository.removeLines(
      tenantId,
      logged.segmentNo,
      uploaded.map((letter) => letter.lineNo),
    );
  }
  return entryLetterRepository.entryNosOf(tenantId, logged.entryNo);
}
