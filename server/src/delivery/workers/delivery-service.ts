import { isLeaseHeld, type Lease } from '../../lib/db/lease';
import { notFound } from '../../lib/errors/app-error';
import { emailEntries } from '../../interactions';
import { loggedSegmentLookup } from '../../segments';
import { claimSender, deliverEmails, deliveryLeaseName, type DeliveryOptions } from '../domain/deliver-emails';
import type { DeliverySummary } from '../domain/delivery-schema';
import type { Mailer } from '../domain/mailer';

const PROBLEMS_SHOWN = 100;

/**
 * Runs the senders of logged segments' emails in the background of this process (the
 * request that starts one answers at once) and tells how they go. A sender that dies with
 * the process leaves its emails pending; sending again picks them up without doubling any.
 */
export function createDeliveryService(
  options: DeliveryOptions,
  onError: (error: unknown, loggedSegmentEntryNo: number) => void,
) {
  const running = new Set<Promise<void>>();

  async function existing(tenantId: string, loggedSegmentEntryNo: number) {
    if (!(await loggedSegmentLookup.get(tenantId, loggedSegmentEntryNo)))
      throw notFound('Logged segment', loggedSegmentEntryNo);
  }

  async function summary(tenantId: string, loggedSegmentEntryNo: number): Promise<DeliverySummary> {
    const [counts, problems, active] = await Promise.all([
      emailEntries.countByStatus(tenantId, loggedSegmentEntryNo),
      emailEntries.problems(tenantId, loggedSegmentEntryNo, PROBLEMS_SHOWN),
      isLeaseHeld(deliveryLeaseName(tenantId, loggedSegmentEntryNo)),
    ]);
    return { loggedSegmentEntryNo, ...counts, running: active, problems };
  }

  function run(tenantId: string, loggedSegmentEntryNo: number, mailer: Mailer, lease: Lease): void {
    const sender = deliverEmails(tenantId, loggedSegmentEntryNo, mailer, options, lease)
      .catch((error: unknown) => onError(error, loggedSegmentEntryNo))
      .finally(() => running.delete(sender));
    running.add(sender);
  }

  /**
   * Starts a sender unless one is at work. The sender's lease is taken before this returns, so
   * the summary says `running` from the caller's first look on; the sending goes on after.
   */
  async function start(tenantId: string, loggedSegmentEntryNo: number, mailer: Mailer): Promise<void> {
    const lease = await claimSender(tenantId, loggedSegmentEntryNo, options.claimMs);
    if (lease) run(tenantId, loggedSegmentEntryNo, mailer, lease);
  }

  return {
    start,
    async summary(tenantId: string, loggedSegmentEntryNo: number): Promise<DeliverySummary> {
      await existing(tenantId, loggedSegmentEntryNo);
      return summary(tenantId, loggedSegmentEntryNo);
    },
    /** Puts failed emails back in line and starts a sender (unless one is at work already). */
    async sendAgain(
      tenantId: string,
      loggedSegmentEntryNo: number,
      mailerOfCaller: () => Mailer,
    ): Promise<DeliverySummary> {
      await existing(tenantId, loggedSegmentEntryNo);
      const mailer = mailerOfCaller();
      const lease = await claimSender(tenantId, loggedSegmentEntryNo, options.claimMs);
      if (lease) {
        // The lease renews itself until released: give it up if the sender cannot start.
        await emailEntries.requeue(tenantId, loggedSegmentEntryNo).catch(async (error: unknown) => {
          await lease.release();
          throw error;
        });
        run(tenantId, loggedSegmentEntryNo, mailer, lease);
      }
      return { ...(await summary(tenantId, loggedSegmentEntryNo)), running: true };
    },
    /** Waits for the senders of this process (shutdown, tests). */
    async drain(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

export type DeliveryService = ReturnType<typeof createDeliveryService>;
