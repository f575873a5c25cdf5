import type { EventEmitter } from '../../lib/events/event-hub';
import type { RequestContext } from '../../lib/http/request-context';

/**
 * A segment has been logged: its entries, the logged segment and any follow-up segment are
 * written, and the segment is gone. Raised before POST /segments/{no}/log answers, which
 * waits for the reactions (the hard-copy letters, starting to send the emails).
 */
export interface SegmentLogged {
  ctx: RequestContext;
  loggedSegmentEntryNo: number;
  /** The entries' emails waiting to be sent (logged with deliver). */
  emailsToSend: number;
}

/** A run of `POST /segments/{no}/log` begins, or ends (logged, refused or failed: always after a begin). */
export interface SegmentLogging {
  ctx: RequestContext;
  segmentNo: string;
}

/** What the segments component tells the others. */
export interface SegmentEvents {
  segmentLogged: SegmentLogged;
  segmentLoggingBegins: SegmentLogging;
  segmentLoggingEnds: SegmentLogging;
}

export type SegmentEventEmitter = EventEmitter<SegmentEvents>;
