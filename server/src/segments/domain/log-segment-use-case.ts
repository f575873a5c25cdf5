import { businessRule, conflict, notFound } from '../../lib/errors/app-error';
import { acquireLease, leaseBusy } from '../../lib/db/lease';
import { allocateAndInsert } from '../../lib/db/allocate-number';
import { reserveNumbers } from '../../lib/db/counter-repository';
import type { RequestContext } from '../../lib/http/request-context';
import { emailEntries, interactionLogEntries, resolveInteraction, type KeyedDraft } from '../../interactions';
import { salespersonNames } from '../../contacts';
import { getMarketingSetup } from '../../setup';
import { templateLookup, type InteractionTemplate } from '../../templates';
import { loggedSegmentRepository } from '../data-access/logged-segment-repository';
import { segmentLineRepository } from '../data-access/segment-line-repository';
import { segmentRepository, type SegmentHeader, type SegmentLogging } from '../data-access/segment-repository';
import type { LogSegmentInput, LogSegmentResult } from './logged-segment-schema';
import type { SegmentEventEmitter } from './segment-events';
import { lineInteractionInput } from './segment-line-interaction';
import { contactFromLine } from './segment-line-values';
import { emptySegmentInteraction, type SegmentLogProgress } from './segment-schema';
import { createSegment } from './segment-service';

export interface LogSegmentOptions {
  batchSize: number;
  leaseMs: number;
}

const LOGGED_SEGMENT_SEQUENCE = 'loggedSegment';

/** Checks Business Central's rules before anything is written, then claims a logged segment number. */
async function startLogging(
  ctx: RequestContext,
  segment: SegmentHeader,
  input: LogSegmentInput,
): Promise<SegmentLogging> {
  const { tenantId } = ctx;
  if (!(await segmentLineRepository.hasLines(tenantId, segment.no)))
    throw businessRule(`Segment ${segment.no} has no lines to log.`);
  const headerTemplate = segment.interaction?.templateCode ?? '';
  const lineTemplates = await segmentLineRepository.overriddenTemplateCodes(tenantId, segment.no);
  if (
    lineTemplates.includes('') ||
    (!headerTemplate && (await segmentLineRepository.hasLineWithoutOwnTemplate(tenantId, segment.no)))
  ) {
    throw businessRule(
      `A line of segment ${segment.no} has no interaction template; set one on the segment or on the line.`,
    );
  }
  const codes = [...new Set([headerTemplate, ...lineTemplates].filter(Boolean))];
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
    noOfLines: await segmentLineRepository.count(tenantId, segment.no),
    logged: 0,
  };
  await segmentRepository.update(tenantId, segment.no, { logging });
  return logging;
}

function entryDate(segmentDate: string, now: Date): string {
  return !segmentDate || segmentDate === now.toISOString().slice(0, 10)
    ? now.toISOString()
    : `${segmentDate}T00:00:00.000Z`;
}

/** Writes one entry per line in bulk batches; lines logged by an earlier attempt are skipped. */
async function writeEntries(
  ctx: RequestContext,
  segment: SegmentHeader,
  logging: SegmentLogging,
  resumed: boolean,
  options: LogSegmentOptions,
  renew: () => Promise<void>,
): Promise<number> {
  const { tenantId } = ctx;
  const header = { ...emptySegmentInteraction, ...segment.interaction };
  const setup = await getMarketingSetup(tenantId);
  const templates = new Map<string, InteractionTemplate>();
  const now = new Date();
  const date = entryDate(segment.date, now);
  let logged = 0;
  for await (const lines of segmentLineRepository.batches(tenantId, segment.no, options.batchSize)) {
    let keyed = lines.map((line) => ({ line, requestKey: `seglog:${logging.loggedSegmentEntryNo}:${line.lineNo}` }));
    if (resumed) {
      const done = await interactionLogEntries.existingRequestKeys(
        tenantId,
        keyed.map((k) => k.requestKey),
      );
      keyed = keyed.filter((k) => !done.has(k.requestKey));
      logged += done.size;
    }
    if (keyed.length === 0) continue;
    const wanted = [...new Set(keyed.map((k) => k.line.overrides?.templateCode ?? header.templateCode))].filter(
      (c) => !templates.has(c),
    );
    if (wanted.length) (await templateLookup.getMany(tenantId, wanted)).forEach((t, code) => templates.set(code, t));
    const names = await salespersonNames(tenantId, [
      segment.salespersonCode,
      ...keyed.map((k) => k.line.contactSalespersonCode ?? ''),
    ]);
    const drafts: KeyedDraft[] = [];
    for (const { line, requestKey } of keyed) {
      const contact = contactFromLine(line);
      const input = lineInteractionInput(line, header, { date, salespersonCode: segment.salespersonCode });
      const template = templates.get(input.templateCode)!;
      const draft = resolveInteraction(input, {
        template,
        contact,
        setup,
        userId: ctx.userId,
        now,
        segmentNo: segment.no,
        loggedSegmentEntryNo: logging.loggedSegmentEntryNo,
        salespersonNames: names,
      });
      drafts.push({ requestKey, draft });
    }
    logged += await interactionLogEntries.insertNumbered(tenantId, drafts, now);
    await renew();
    await segmentRepository.update(tenantId, segment.no, { 'logging.logged': logged });
  }
  return logged;
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
  for await (const lines of segmentLineRepository.batches(ctx.tenantId, segment.no, options.batchSize)) {
    await segmentLineRepository.insertLines(
      ctx.tenantId,
      followUp.no,
      lines.map(({ lineNo: _lineNo, overrides: _overrides, ...copy }) => ({ ...copy, overrides: {}, addedInStep: 0 })),
    );
  }
  return followUp.no;
}

/** Where logging a segment stands: not started, entries written so far, or done (the logged segment). */
export async function getLogProgress(tenantId: string, no: string): Promise<SegmentLogProgress> {
  const segmentNo = no.toUpperCase();
  const segment = await segmentRepository.get(tenantId, segmentNo);
  if (segment) {
    if (!segment.logging)
      return {
        state: 'notStarted',
        noOfLines: await segmentLineRepository.count(tenantId, segmentNo),
        logged: 0,
        loggedSegmentEntryNo: null,
        followUpSegmentNo: null,
      };
    // Polled while the run writes: the line count taken at its start, not a count per poll.
    const { loggedSegmentEntryNo, followUpSegmentNo, logged = 0 } = segment.logging;
    const noOfLines = segment.logging.noOfLines ?? (await segmentLineRepository.count(tenantId, segmentNo));
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
  const acquired = await acquireLease(`${ctx.tenantId}:log-segment:${segmentNo}`, options.leaseMs);
  if ('heldUntil' in acquired)
    throw leaseBusy(acquired.heldUntil, `Segment ${segmentNo} is being logged by another request.`);
  const { lease } = acquired;
  /** Before a write that builds on the run so far: the lease (kept by its heartbeat) must still be ours. */
  const renew = async () => {
    if (!(await lease.renew())) throw conflict(`Logging of segment ${segmentNo} was taken over by another request.`);
  };
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
    const written = await writeEntries(ctx, segment, logging, resumed, options, renew);
    const followUpSegmentNo = logging.createFollowUp ? await createFollowUpSegment(ctx, segment, logging, options) : '';
    // Before the logged segment completes, so that a resumed run still queues them.
    if (logging.deliver) await emailEntries.markPending(ctx.tenantId, logging.loggedSegmentEntryNo);
    // A resumed run may find some lines already removed by the run it finishes, so it counts.
    const noOfInteractions = resumed
      ? await interactionLogEntries.count(ctx.tenantId, { loggedSegmentEntryNo: logging.loggedSegmentEntryNo })
      : written;
    await renew();
    await loggedSegmentRepository.complete(ctx.tenantId, logging.loggedSegmentEntryNo, {
      noOfInteractions,
      followUpSegmentNo,
    });
    await segmentLineRepository.removeAll(ctx.tenantId, segment.no);
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
 * deliver), the logged segment, an optional follow-up segment, and the segment removed. Then
 * tells the other components (segmentLogged: the hard-copy letters, sending the emails) and
 * answers once they are done.
 */
export async function logSegment(
  ctx: RequestContext,
  no: string,
  input: LogSegmentInput,
  options: LogSegmentOptions,
  events: SegmentEventEmitter,
): Promise<LogSegmentResult> {
  const result = await logUnderLease(ctx, no, input, options);
  await events.emit('segmentLogged', {
    ctx,
    loggedSegmentEntryNo: result.loggedSegmentEntryNo,
    emailsToSend: result.emailsToSend,
  });
  return result;
}
