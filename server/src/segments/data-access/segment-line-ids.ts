import { SegmentLineModel } from './segment-models';

/**
 * A line's `_id` is `<tenant>:sl:<hex of segment no>:<line no, 10 digits>`, so that a segment's lines
 * are one `_id` range in line order: read and removed through the `_id` index (on FerretDB the only
 * one its SQLite backend serves, with patch 0002). Segments made before lines were keyed say so by
 * lacking `keyedLines`, and are read and removed by their fields.
 */
const linePrefix = (tenantId: string, segmentNo: string) =>
  `${tenantId}:sl:${Buffer.from(segmentNo, 'utf8').toString('hex')}:`;
export const lineId = (tenantId: string, segmentNo: string, lineNo: number) =>
  `${linePrefix(tenantId, segmentNo)}${String(lineNo).padStart(10, '0')}`;

/** Lines whose numbers share all digits but the last REMOVED_DIGITS (10^4 lines) are removed at once. */
const REMOVED_DIGITS = 4;

/**
 * Removes a keyed segment's lines a block of line numbers at a time, from the first line left:
 * FerretDB's SQLite backend deletes by a list of every `_id` matched in one statement, which
 * SQLite refuses past 32,766 (100,000 lines at once failed). Each block is one `_id` prefix.
 */
export async function removeKeyedLines(tenantId: string, segmentNo: string): Promise<void> {
  const prefix = linePrefix(tenantId, segmentNo);
  for (;;) {
    const first = await SegmentLineModel.findOne(allLines(tenantId, segmentNo, true), { _id: 1 }).lean<{
      _id: string;
    }>();
    if (!first) return;
    const block = first._id.slice(0, prefix.length + 10 - REMOVED_DIGITS);
    await SegmentLineModel.deleteMany({ _id: { $gte: block, $lt: `${block}~` } });
  }
}

/** The filter for all lines of a segment. */
export function allLines(
  tenantId: string,
  segmentNo: string,
  keyedLines: boolean | undefined,
): Record<string, unknown> {
  if (!keyedLines) return { tenantId, segmentNo };
  const prefix = linePrefix(tenantId, segmentNo);
  return { _id: { $gte: prefix, $lt: `${prefix}~` } };
}
