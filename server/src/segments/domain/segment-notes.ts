import { notedLines } from '../data-access/segment-line-notes';
import { loadSegment } from './segment-service';

/** The lines of a segment with a personal note, and the interaction templates those lines log with. */
export async function segmentNotes(tenantId: string, no: string): Promise<{ lines: number; templateCodes: string[] }> {
  const segment = await loadSegment(tenantId, no);
  const { count, ownTemplateCodes, someWithoutOwnTemplate } = await notedLines(tenantId, segment.no);
  const header = segment.interaction?.templateCode ?? '';
  const codes = new Set([...ownTemplateCodes, ...(someWithoutOwnTemplate ? [header] : [])]);
  return { lines: count, templateCodes: [...codes].filter(Boolean).sort() };
}
