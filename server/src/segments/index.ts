// Segments, their criteria and logging, and logged segments: what other components may use.
import { loggedSegmentRepository } from './data-access/logged-segment-repository';

export { createSegment } from './domain/segment-service';
export { applyCriteria } from './domain/segment-criteria-service';
export type { SegmentEvents, SegmentLogged } from './domain/segment-events';

/**
 * Reading a logged segment by its entry number (null when there is none), and how many of its
 * entries are hard copies (null when not known).
 */
export const loggedSegmentLookup: Pick<typeof loggedSegmentRepository, 'get' | 'hardCopyEntries' | 'latest'> =
  loggedSegmentRepository;
export { planSegmentLog, type SegmentLogPlan, type UnloggableLine } from './domain/segment-log-plan';
export { lineEntryDraft } from './domain/segment-line-draft';
export { segmentNotes } from './domain/segment-notes';
export { markOwnLetter } from './data-access/segment-line-letter-mark';
export { lineRequestKey } from './domain/line-request-key';
