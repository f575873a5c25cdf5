import { SegmentLineModel } from './segment-models';

/** Lines whose personal note is not empty (every non-empty string sorts after ''). */
const noted = (tenantId: string, segmentNo: string) => ({ tenantId, segmentNo, personalNote: { $gt: '' } });

/** How many lines of a segment have a personal note, and the templates they set for themselves. */
export async function notedLines(
  tenantId: string,
  segmentNo: string,
): Promise<{ count: number; ownTemplateCodes: string[]; someWithoutOwnTemplate: boolean }> {
  const count = await SegmentLineModel.countDocuments(noted(tenantId, segmentNo));
  if (count === 0) return { count, ownTemplateCodes: [], someWithoutOwnTemplate: false };
  const [ownTemplateCodes, withoutOwn] = await Promise.all([
    SegmentLineModel.distinct('overrides.templateCode', noted(tenantId, segmentNo)),
    SegmentLineModel.exists({ ...noted(tenantId, segmentNo), 'overrides.templateCode': { $exists: false } }),
  ]);
  return { count, ownTemplateCodes: ownTemplateCodes as string[], someWithoutOwnTemplate: withoutOwn !== null };
}
