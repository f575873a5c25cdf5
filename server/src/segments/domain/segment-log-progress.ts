import { notFound } from '../../lib/errors/app-error';
import { loggedSegmentRepository } from '../data-access/logged-segment-repository';
import { segmentLineRepository } from '../data-access/segment-line-repository';
import { segmentRepository } from '../data-access/segment-repository';
import type { SegmentLogProgress } from './segment-schema';

/** Where logging a segment stands: not started, entries written so far, or done (the logged segment). */
export async function getLogProgress(tenantId: string, no: string): Promise<SegmentLogProgress> {
  const segmentNo = no.toUpperCase();
  const segment = await segmentRepository.get(tenantId, segmentNo);
  if (segment) {
    if (!segment.logging)
      return {
        state: 'notStarted',
        noOfLines: await segmentLineRepository.noOfLines(tenantId, segment),
        logged: 0,
        loggedSegmentEntryNo: null,
        followUpSegmentNo: null,
      };
    // Polled while the run writes: the line count taken at its start, not a count per poll.
    const { loggedSegmentEntryNo, followUpSegmentNo, logged = 0 } = segment.logging;
    const noOfLines = segment.logging.noOfLines ?? (await segmentLineRepository.noOfLines(tenantId, segment));
    return {
      state: 'logging',
      noOfLines: Math.max(noOfLines, logged),
      logged,
      loggedSegmentEntryNo,
      followUpSegmentNo: followUpSegmentNo || null,
    };
  }
  const done = await loggedSegmentRepository.findCompletedForSegment(tenantId, segmentNo);
  if (!done) throw notFound('Segment', segmentNo);
  return {
    state: 'logged',
    noOfLines: done.noOfInteractions,
    logged: done.noOfInteractions,
    loggedSegmentEntryNo: done.entryNo,
    followUpSegmentNo: done.followUpSegmentNo || null,
  };
}
