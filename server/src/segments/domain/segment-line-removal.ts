import { leaseBusy, withLease } from '../../lib/db/lease';
import { loggedSegmentRepository } from '../data-access/logged-segment-repository';
import { segmentLineRepository } from '../data-access/segment-line-repository';
import { segmentRepository } from '../data-access/segment-repository';

/** The lease a segment's logging holds; removing its lines and making a segment of that number take it too. */
export const segmentLease = (tenantId: string, segmentNo: string) => `${tenantId}:log-segment:${segmentNo}`;

const LEASE_MS = 15_000;

/**
 * The lines of a logged segment go after the answer (on the embedded database their removal
 * costs as much as a quarter of the logging). Until they are gone the logged segment says so
 * (`linesToRemove`); a run that stopped before (a crash) is finished by the tenant's next
 * logging, or before a segment of the same number is made, so that no new segment sees old
 * lines and no new line is removed: each removal runs under the segment's lease and only while
 * its logged segment still says it is to be done.
 */
export async function finishLineRemovals(
  tenantId: string,
  options: { segmentNo?: string; waitMs?: number } = {},
): Promise<void> {
  for (const pending of await loggedSegmentRepository.pendingLineRemovals(tenantId, options.segmentNo)) {
    const done = await withLease(
      segmentLease(tenantId, pending.segmentNo),
      { ttlMs: LEASE_MS, waitMs: options.waitMs ?? LEASE_MS },
      async () => {
        if (!(await loggedSegmentRepository.isLineRemovalPending(tenantId, pending.entryNo))) return;
        // A run that stopped before removing its segment is finished by logging it again, which reads the lines.
        const header = await segmentRepository.get(tenantId, pending.segmentNo);
        if (header?.logging?.loggedSegmentEntryNo === pending.entryNo) return;
        await segmentLineRepository.removeAll(tenantId, pending.segmentNo, pending.keyedLines);
        await loggedSegmentRepository.lineRemovalDone(tenantId, pending.entryNo);
      },
    );
    if (!done)
      throw leaseBusy(
        new Date(Date.now() + LEASE_MS),
        `The lines of logged segment ${pending.entryNo} (segment ${pending.segmentNo}) are being removed.`,
      );
  }
}
