import type { Config } from '../../lib/config/config';
import type { GraphAccess } from '../../lib/graph/graph-access';
import type { SegmentLogged } from '../../segments';
import { graphMailer } from '../data-access/graph-mailer';
import { createDeliveryService, type DeliveryService } from './delivery-service';

interface ErrorLogger {
  error(obj: object, msg: string): void;
}

/** The senders of segment emails, in the background of this process (drained on shutdown). */
export function createEmailSender(config: Config, logger: ErrorLogger): DeliveryService {
  return createDeliveryService(
    {
      maxAttempts: config.recording.maxAttempts,
      retryBaseMs: config.recording.retryBaseMs,
      claimMs: config.segmentLog.leaseMs,
    },
    (err, loggedSegmentEntryNo) =>
      logger.error({ err, loggedSegmentEntryNo }, 'sending the emails of a logged segment stopped'),
  );
}

/**
 * The reaction to a logged segment with emails to send: a sender starts as the user who logged
 * it, its lease taken before the request answers. Without Graph, or when no sender could start,
 * the emails stay pending and visible for POST …/deliveries/send.
 */
export function sendEmailsOfLoggedSegment(deliveries: DeliveryService, graph: GraphAccess | null, logger: ErrorLogger) {
  return async ({ ctx, loggedSegmentEntryNo, emailsToSend }: SegmentLogged) => {
    if (!graph || emailsToSend === 0) return;
    await deliveries
      .start(ctx.tenantId, loggedSegmentEntryNo, graphMailer(graph.asUser(ctx)))
      .catch((err: unknown) =>
        logger.error({ err, loggedSegmentEntryNo }, 'could not start sending the emails of a logged segment'),
      );
  };
}
