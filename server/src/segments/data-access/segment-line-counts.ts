import { leaseBusy, withLease } from '../../lib/db/lease';
import { recordLeaseName } from '../../lib/db/versioned-update';
import { AppError } from '../../lib/errors/app-error';
import type { LineOverrides } from '../domain/segment-line-schema';
import { SegmentModel } from './segment-models';

/**
 * How a segment's lines stand, kept on its header and changed with every line write, so that
 * the header, its progress and logging need not read the lines (on the embedded FerretDB every
 * query on lines but one by `_id` reads the whole collection).
 */
export interface LineCounts {
  lines: number;
  /** Lines that take the header's template (no template of their own). */
  withoutOwnTemplate: number;
  /** Lines with a template of their own, per code ("" for a line that blanked it). */
  ownTemplates: Array<{ code: string; lines: number }>;
  /**
   * Line writes begun and not counted yet. A write that failed, crashed or could not tell
   * exactly what it changed leaves this above 0: from then on the counts are not trusted
   * and the lines themselves are read instead.
   */
  uncounted: number;
}

/** What some lines add to (sign 1) or take from (sign -1) the counts. */
export interface LineTally {
  lines: number;
  withoutOwnTemplate: number;
  ownTemplates: Map<string, number>;
}

export const emptyLineCounts = (): LineCounts => ({ lines: 0, withoutOwnTemplate: 0, ownTemplates: [], uncounted: 0 });

export function tallyOf(lines: Array<{ overrides?: LineOverrides }>, sign: 1 | -1 = 1): LineTally {
  const tally: LineTally = { lines: sign * lines.length, withoutOwnTemplate: 0, ownTemplates: new Map() };
  for (const line of lines) {
    const code = line.overrides?.templateCode;
    if (code === undefined) tally.withoutOwnTemplate += sign;
    else tally.ownTemplates.set(code, (tally.ownTemplates.get(code) ?? 0) + sign);
  }
  return tally;
}

export function addTallies(a: LineTally, b: LineTally): LineTally {
  const ownTemplates = new Map(a.ownTemplates);
  b.ownTemplates.forEach((n, code) => ownTemplates.set(code, (ownTemplates.get(code) ?? 0) + n));
  return { lines: a.lines + b.lines, withoutOwnTemplate: a.withoutOwnTemplate + b.withoutOwnTemplate, ownTemplates };
}

function applyTally(counts: LineCounts, tally: LineTally): LineCounts {
  const own = new Map(counts.ownTemplates.map((t) => [t.code, t.lines]));
  tally.ownTemplates.forEach((n, code) => own.set(code, (own.get(code) ?? 0) + n));
  return {
    lines: counts.lines + tally.lines,
    withoutOwnTemplate: counts.withoutOwnTemplate + tally.withoutOwnTemplate,
    ownTemplates: [...own].filter(([, n]) => n !== 0).map(([code, lines]) => ({ code, lines })),
    uncounted: counts.uncounted - 1,
  };
}

/** The counts when they can be trusted: kept since the segment was made, and no write left uncounted. */
export const trustedCounts = (header: { lineCounts?: LineCounts | null }): LineCounts | null =>
  header.lineCounts && header.lineCounts.uncounted === 0 ? header.lineCounts : null;

/**
 * Changes the counts of a header that keeps them. Under the header's record lease (the one its versioned
 * PATCH holds): FerretDB 1.x runs an update as a read and a later write, so two concurrent `$inc`s could
 * lose one, and a header PATCH could undo a count.
 */
async function changeCounts(tenantId: string, no: string, change: (counts: LineCounts) => LineCounts) {
  const done = await withLease(
    recordLeaseName(SegmentModel, { tenantId, no }),
    { ttlMs: 10_000, waitMs: 10_000 },
    async () => {
      const header = await SegmentModel.findOne({ tenantId, no }, { _id: 0, lineCounts: 1 }).lean<{
        lineCounts?: LineCounts | null;
      }>();
      if (header?.lineCounts)
        await SegmentModel.updateOne({ tenantId, no }, { $set: { lineCounts: change(header.lineCounts) } });
    },
  );
  if (!done) throw leaseBusy(new Date(Date.now() + 1000), `Segment ${no} is being changed by many requests at once.`);
}

/**
 * Runs a write of a segment's lines and counts what it changed. The write is marked as begun
 * first, so that a write that never reports (an error, a crash, a change it cannot tell exactly:
 * `counted` null) leaves the counts marked as not to be trusted rather than wrong.
 */
export async function countedLineWrite<T>(
  tenantId: string,
  segmentNo: string,
  write: () => Promise<{ result: T; counted: LineTally | null }>,
): Promise<T> {
  await changeCounts(tenantId, segmentNo, (counts) => ({ ...counts, uncounted: counts.uncounted + 1 }));
  const finish = (counted: LineTally) =>
    // The lines are written whatever happens here; a count not written leaves the counts untrusted.
    changeCounts(tenantId, segmentNo, (counts) => applyTally(counts, counted)).catch(() => undefined);
  try {
    const { result, counted } = await write();
    if (counted) await finish(counted);
    return result;
  } catch (error) {
    // A refused request (412, 409, 422) has changed nothing.
    if (error instanceof AppError && error.status < 500) await finish(tallyOf([]));
    throw error;
  }
}
