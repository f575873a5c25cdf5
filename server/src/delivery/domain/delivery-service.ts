import { isLeaseHeld } from '../../lib/db/lease-lock';
import { notFound } from '../../lib/errors/app-error';
import { loggedSegmentRepository } from '../../segments/data-access/logged-segment-repository';
import { deliveryRepository } from '../data-access/delivery-repository';
import { deliverEmails, deliveryLeaseName, type DeliveryOptions } from './deliver-emails';
import type { DeliverySummary } from './delivery-schema';
import type { Mailer } from './mailer';

const PROBLEMS_SHOWN = 100;

/**
 * Runs the senders of logged segments' emails in the background of this process (the
 * request that starts one answers at once) and tells how they go. A sender that dies with
 * the process leaves its emails pending; sending again picks them up without doubling any.
 */
export function createDeliveryService(options: DeliveryOptions, onError: (error: unknown, loggedSegmentEntryNo: number) => void) {
  const running = new Set<Promise<void>>();

  async function existing(tenantId: string, loggedSegmentEntryNo: number) {
    if (!(await loggedSegmentRepository.get(tenantId, loggedSegmentEntryNo))) throw notFound('Logged segment', loggedSegmentEntryNo);
  }

  async function summary(tenantId: string, loggedSegmentEntryNo: number): Promise<DeliverySummary> {
    const [counts, problems, active] = await Promise.all([
      deliveryRepository.countByStatus(tenantId, loggedSegmentEntryNo),
      deliveryRepository.problems(tenantId, loggedSegmentEntryNo, PROBLEMS_SHOWN),
      isLeaseHeld(deliveryLeaseName(tenantId, loggedSegmentEntryNo)),
    ]);
    return { loggedSegmentEntryNo, ...counts, running: active, problems };
  }

  function start(tenantId: string, loggedSegmentEntryNo: number, mailer: Mailer): void {
    const run = deliverEmails(tenantId, loggedSegmentEntryNo, mailer, options)
      .catch((error: unknown) => onError(error, loggedSegmentEntryNo))
      .finally(() => running.delete(run));
    running.add(run);
  }

  return {
    start,
    async summary(tenantId: string, loggedSegmentEntryNo: number): Promise<DeliverySummary> {
      await existing(tenantId, loggedSegmentEntryNo);
      return summary(tenantId, loggedSegmentEntryNo);
    },
    /** Puts failed emails back in line and starts a sender (unless one is at work already). */
    async sendAgain(tenantId: string, loggedSegmentEntryNo: number, mailerOfCaller: () => Mailer): Promise<DeliverySummary> {
      await existing(tenantId, loggedSegmentEntryNo);
      const mailer = mailerOfCaller();
      if (!(await isLeaseHeld(deliveryLeaseName(tenantId, loggedSegmentEntryNo)))) await deliveryRepository.requeue(tenantId, loggedSegmentEntryNo);
      start(tenantId, loggedSegmentEntryNo, mailer);
      return { ...(await summary(tenantId, loggedSegmentEntryNo)), running: true };
    },
    /** Waits for the senders of this process (shutdown, tests). */
    async drain(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

export type DeliveryService = ReturnType<typeof createDeliveryService>;
