import { businessRule } from '../../lib/errors/app-error';
import { allocateAndInsert } from '../../lib/db/allocate-number';
import { reserveNumbers } from '../../lib/db/counter-repository';
import type { RequestContext } from '../../lib/http/request-context';
import { getMarketingSetup } from '../../setup';
import { templateLookup } from '../../templates';
import { loggedSegmentRepository } from '../data-access/logged-segment-repository';
import { segmentLineRepository } from '../data-access/segment-line-repository';
import { segmentRepository, type SegmentHeader, type SegmentLogging } from '../data-access/segment-repository';
import type { LogSegmentInput } from './logged-segment-schema';

const LOGGED_SEGMENT_SEQUENCE = 'loggedSegment';

/**
 * Checks Business Central's rules before anything is written (from the line counts on the
 * header, not from the lines), then claims a logged segment number.
 */
export async function startLogging(
  ctx: RequestContext,
  segment: SegmentHeader,
  input: LogSegmentInput,
): Promise<SegmentLogging> {
  const { tenantId } = ctx;
  const lines = await segmentLineRepository.summary(tenantId, segment);
  if (lines.noOfLines === 0) throw businessRule(`Segment ${segment.no} has no lines to log.`);
  const headerTemplate = segment.interaction?.templateCode ?? '';
  if (lines.ownTemplateCodes.includes('') || (!headerTemplate && lines.anyWithoutOwnTemplate)) {
    throw businessRule(
      `A line of segment ${segment.no} has no interaction template; set one on the segment or on the line.`,
    );
  }
  const codes = [...new Set([headerTemplate, ...lines.ownTemplateCodes].filter(Boolean))];
  const found = await templateLookup.getMany(tenantId, codes);
  const missing = codes.filter((c) => !found.has(c));
  if (missing.length)
    throw businessRule(`Interaction templates ${missing.join(', ')} used by segment ${segment.no} do not exist.`);
  if (input.createFollowUp && !(await getMarketingSetup(tenantId)).segmentNos) {
    throw businessRule('A follow-up segment needs a segment number series in the marketing setup (segmentNos).');
  }
  const loggedSegmentEntryNo = await allocateAndInsert({
    reserve: () => reserveNumbers(tenantId, LOGGED_SEGMENT_SEQUENCE, 1),
    insert: async (entryNo) => {
      await loggedSegmentRepository.insertPending(tenantId, {
        entryNo,
        segmentNo: segment.no,
        description: segment.description,
        followUpSegmentNo: '',
        userId: ctx.userId,
      });
      return entryNo;
    },
  });
  const logging: SegmentLogging = {
    loggedSegmentEntryNo,
    createFollowUp: input.createFollowUp ?? false,
    deliver: input.deliver ?? false,
    followUpSegmentNo: '',
    userId: ctx.userId,
    startedAt: new Date(),
    noOfLines: lines.noOfLines,
    logged: 0,
  };
  await segmentRepository.update(tenantId, segment.no, { logging });
  return logging;
}
