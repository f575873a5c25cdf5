import { notFound } from '../../lib/errors/app-error';
import { interactionLogEntries } from '../../interactions';
import { contactLookup } from '../../contacts';
import { loggedSegmentRepository } from '../data-access/logged-segment-repository';
import { segmentLineRepository } from '../data-access/segment-line-repository';
import type { LoggedSegment } from './logged-segment-schema';
import { createSegment } from './segment-service';
import { lineFromContact } from './segment-line-values';

const BATCH = 1000;

export async function getLoggedSegment(tenantId: string, entryNo: number): Promise<LoggedSegment> {
  const logged = await loggedSegmentRepository.get(tenantId, entryNo);
  if (!logged) throw notFound('Logged segment', entryNo);
  return logged;
}

export function listLoggedSegments(tenantId: string, query: { limit?: number; cursor?: string; segmentNo?: string }) {
  return loggedSegmentRepository.list(
    tenantId,
    { limit: query.limit ?? 50, cursor: query.cursor },
    query.segmentNo ? { segmentNo: query.segmentNo.toUpperCase() } : {},
  );
}

/** Canceling a logged segment cancels every interaction log entry it created (and restoring restores them). */
export async function setLoggedSegmentCanceled(
  tenantId: string,
  entryNo: number,
  canceled: boolean,
): Promise<LoggedSegment> {
  await getLoggedSegment(tenantId, entryNo);
  await interactionLogEntries.setCanceled(tenantId, { loggedSegmentEntryNo: entryNo }, canceled);
  await loggedSegmentRepository.setCanceled(tenantId, entryNo, canceled);
  return getLoggedSegment(tenantId, entryNo);
}

/** A new segment with the contacts of a logged segment. */
export async function createFollowUpFromLogged(
  tenantId: string,
  entryNo: number,
  idempotencyKey?: string,
): Promise<{ segmentNo: string }> {
  const logged = await getLoggedSegment(tenantId, entryNo);
  const segment = await createSegment(
    tenantId,
    { description: `Follow-up: ${logged.description}`.slice(0, 100) },
    idempotencyKey,
  );
  for await (const contactNos of interactionLogEntries.contactNos(tenantId, { loggedSegmentEntryNo: entryNo }, BATCH)) {
    const contacts = await contactLookup.getMany(tenantId, contactNos);
    const lines = [...contacts.values()].map((c) => lineFromContact(c, 0));
    await segmentLineRepository.insertLines(tenantId, segment.no, lines);
  }
  return { segmentNo: segment.no };
}
