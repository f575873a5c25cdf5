import { letterEntries, type LetterEntry } from '../../interactions';
import { lineRequestKey } from '../../segments';
import type { OwnLetter } from './correspondence-schema';
import { entryLetterRepository, lineLetterRepository } from '../data-access/line-letter-repository';

/**
 * Once a segment is logged, each letter uploaded for one of its lines becomes the own letter of
 * that contact's entry, and the line's copy goes. Safe to repeat: the copy is written before the
 * line's is removed, and the entries that have their own letter are read back, not remembered.
 * Answers those entries' letters.
 */
export async function takeOwnLetters(
  tenantId: string,
  logged: { entryNo: number; segmentNo: string; createdAt: string },
  entries: LetterEntry[],
): Promise<OwnLetter[]> {
  const uploaded = await lineLetterRepository.listForSegment(tenantId, logged.segmentNo, new Date(logged.createdAt));
  if (uploaded.length > 0) {
    // The entry that logging wrote for the letter's line (a deleted line has none); only hard copies get letters.
    const keyOf = (letter: { lineNo: number }) => lineRequestKey(logged.entryNo, letter.lineNo);
    const entryNos = await letterEntries.entryNosByRequestKey(tenantId, uploaded.map(keyOf));
    const hardCopies = new Set(entries.map((entry) => entry.entryNo));
    for (const letter of uploaded) {
      const entryNo = entryNos.get(keyOf(letter));
      if (entryNo !== undefined && hardCopies.has(entryNo))
        await entryLetterRepository.put(tenantId, logged.entryNo, entryNo, letter);
    }
    await lineLetterRepository.removeLines(
      tenantId,
      logged.segmentNo,
      uploaded.map((letter) => letter.lineNo),
    );
  }
  return entryLetterRepository.listForLoggedSegment(tenantId, logged.entryNo);
}
