import { conflict, notFound } from '../../lib/errors/app-error';
import { acquireLease, leaseBusy } from '../../lib/db/lease';
import type { RequestContext } from '../../lib/http/request-context';
import { emailEntries, interactionLogEntries } from '../../interactions';
import { loggedSegmentRepository } from '../data-access/logged-segment-repository';
import { segmentLineRepository } from '../data-access/segment-line-repository';
import { segmentRepository, type SegmentHeader, type SegmentLogging } from '../data-access/segment-repository';
import type { LogSegmentInput, LogSegmentResult } from './logged-segment-schema';
import type { SegmentEventEmitter } from './segment-events';
import { writeEntries } from './log-segment-entries';
import { startLogging } from './log-segment-start';
import { segmentLease } from './segment-line-removal';
import { createSegment } from './segment-service';

export { getLogProgress } from './segment-log-progress';

export interface LogSegmentOptions {
  batchSize: number;
  leaseMs: number;
}

/** Keyed by the logged segment, so a resumed run finds the follow-up it made before and completes its lines. */
async function createFollowUpSegment(
  ctx: RequestContext,
  segment: SegmentHeader,
  logging: SegmentLogging,
  options: LogSegmentOptions,
): Promise<string> {
  const followUp = await createSegment(
    ctx.tenantId,
    { description: `Follow-up: ${segment.description}`.slice(0, 100), salespersonCode: segment.salespersonCode },
    `follow-up-of-logged-segment:${logging.loggedSegmentEntryNo}`,
  );
  await segmentRepository.update(ctx.tenantId, segment.no, { 'logging.followUpSegmentNo': followUp.no });
  for await (const lines of segmentLineRepository.inLineOrder(ctx.tenantId, segment, options.batchSize)) {
    await segmentLineRepository.insertLines(
      ctx.tenantId,
      followUp.no,
      lines.map(({ lineNo: _lineNo, overrides: _overrides, ...copy }) => ({ ...copy, overrides: {}, addedInStep: 0 })),
    );
  }
  return followUp.no;
}

/**
 * One run at a time per segment (a lease in the database); every write is keyed, so running
 * it again after a crash finishes the job with exactly one entry per line.
 */
async function logUnderLease(
  ctx: RequestContext,
  no: string,
  input: LogSegmentInput,
  options: LogSegmentOptions,
): Promise<LogSegmentResult> {
  const segmentNo = no.toUpperCase();
  const acquired = await acquireLease(segmentLease(ctx.tenantId, segmentNo), options.leaseMs);
  if ('heldUntil' in acquired)
    throw leaseBusy(acquired.heldUntil, `Segment ${segmentNo} is being logged by another request.`);
  const { lease } = acquired;
  /** Before a write that builds on the run so far: the lease (kept by its heartbeat) must still be ours. */
  const ours = (check: () => Promise<boolean>) => async () => {
    if (!(await check())) throw conflict(`Logging of segment ${segmentNo} was taken over by another request.`);
  };
  const renew = ours(() => lease.renew());
  try {
    const segment = await segmentRepository.get(ctx.tenantId, segmentNo);
    if (!segment) {
      const logged = await loggedSegmentRepository.findCompletedForSegment(ctx.tenantId, segmentNo);
      if (logged)
        throw conflict(`Segment ${segmentNo} has already been logged (logged segment ${logged.entryNo}).`, {
          loggedSegmentEntryNo: logged.entryNo,
        });
      throw notFound('Segment', segmentNo);
    }
    const resumed = segment.logging !== null && segment.logging !== undefined;
    const logging = resumed ? segment.logging! : await startLogging(ctx, segment, input);
    // Between batches a lease renewed recently is known to be ours without a write.
    const written = await writeEntries(ctx, segment, logging, resumed, options.batchSize, ours(lease.ensureHeld));
    const followUpSegmentNo = logging.createFollowUp ? await createFollowUpSegment(ctx, segment, logging, options) : '';
    // Before the logged segment completes, so that a resumed run still queues them.
    if (logging.deliver) await emailEntries.markPending(ctx.tenantId, logging.loggedSegmentEntryNo);
    const noOfInteractions = resumed
      ? await interactionLogEntries.count(ctx.tenantId, { loggedSegmentEntryNo: logging.loggedSegmentEntryNo })
      : written.logged;
    await renew();
    // The lines stay until after the answer: the logged segment says they are to be removed.
    await loggedSegmentRepository.complete(ctx.tenantId, logging.loggedSegmentEntryNo, {
      noOfInteractions,
      followUpSegmentNo,
      hardCopyEntries: written.hardCopies,
      keyedLines: segment.keyedLines ?? false,
    });
    await segmentRepository.remove(ctx.tenantId, segment.no);
    const emailsToSend = logging.deliver
      ? await emailEntries.count(ctx.tenantId, logging.loggedSegmentEntryNo, 'pending')
      : 0;
    return {
      loggedSegmentEntryNo: logging.loggedSegmentEntryNo,
      noOfInteractions,
      followUpSegmentNo: followUpSegmentNo || null,
      emailsToSend,
    };
  } finally {
    await lease.release().catch(() => undefined);
  }
}

/**
 * Logs a segment: one interaction log entry per line (their emails queued when logged with
 * deliver), the logged segment, an optional follow-up segment, and the segment removed (its
 * lines after the answer, see segment-line-removal.ts), between segmentLoggingBegins and
 * segmentLoggingEnds (the statistics hold their folds in between). Then tells the other components
 * (segmentLogged: the hard-copy letters, sending the emails, removing the lines) and answers
 * once they are done.
 */
export async function logSegment(
  ctx: RequestContext,
  no: string,
  input: LogSegmentInput,
  options: LogSegmentOptions,
  events: SegmentEventEmitter,
): Promise<LogSegmentResult> {
  const run = { ctx, segmentNo: no.toUpperCase() };
  await events.emit('segmentLoggingBegins', run);
  let result: LogSegmentResult;
  try {
    result = await logUnderLease(ctx, no, input, options);
  } finally {
    await events.emit('segmentLoggingEnds', run);
  }
  await events.emit('segmentLogged', {
    ctx,
    loggedSegmentEntryNo: result.loggedSegmentEntryNo,
    emailsToSend: result.emailsToSend,
  });
  return result;
}
