import { SegmentLineModel } from './segment-models';

/** Marks a line as having its own uploaded letter (its file name), or unmarks it (null); false without the line. */
export async function markOwnLetter(
  tenantId: string,
  segmentNo: string,
  lineNo: number,
  fileName: string | null,
): Promise<boolean> {
  const change = fileName === null ? { $unset: { ownLetter: 1 } } : { $set: { ownLetter: fileName } };
  const result = await SegmentLineModel.updateOne({ tenantId, segmentNo, lineNo }, change);
  return result.matchedCount > 0;
}
