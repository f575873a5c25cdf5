import type { GraphAccess } from '../../lib/graph/graph-access';
import { graphMailboxGateways } from '../data-access/graph-mailbox-gateway';
import type { MailboxGateway } from '../domain/mailbox-gateway';
import {
  createRecordingPass,
  type RecordingLogger,
  type RecordingPassOptions,
} from '../domain/recording-pass-use-case';

export type WorkerLogger = RecordingLogger;

/**
 * Automatic recording's worker: a recording pass every interval (passes never overlap), stopped
 * with the server. Tests run its passes themselves with `runOnce`.
 */
export function createRecordingWorker(
  gatewayFor: (tenantId: string) => MailboxGateway,
  options: RecordingPassOptions,
  logger: WorkerLogger,
) {
  const runPass = createRecordingPass(gatewayFor, options, logger);
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  return {
    /** One pass: queued items, then due renewals and catch-ups. Passes never overlap. */
    runOnce(): Promise<void> {
      running ??= runPass().finally(() => (running = null));
      return running;
    },
    start(intervalMs: number) {
      timer = setInterval(
        () => void this.runOnce().catch((error) => logger.warn({ err: error }, 'automatic recording pass failed')),
        intervalMs,
      );
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}

/** The worker against Microsoft Graph (each tenant's mailboxes as the application), as the server runs it. */
export const createGraphRecordingWorker = (graph: GraphAccess, options: RecordingPassOptions, logger: WorkerLogger) =>
  createRecordingWorker(graphMailboxGateways(graph), options, logger);

export type RecordingWorker = ReturnType<typeof createRecordingWorker>;
