import { ApiError } from '@interlog/api-client';
import type { InterlogApi, LogSegmentInput, LogSegmentResult, SegmentLogProgress } from '@interlog/api-client';

export interface LogProgressOptions {
  onProgress: (progress: SegmentLogProgress) => void;
  /** How long one POST may run before the client stops waiting and follows the progress instead. */
  requestTimeoutMs?: number;
  pollMs?: number;
  /** Pause before asking the server again after a lost answer or while another request logs it. */
  retryMs?: number;
  /** Gives up after this long without the logged count moving. */
  stallMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const doneFrom = (progress: SegmentLogProgress): LogSegmentResult => ({
  loggedSegmentEntryNo: progress.loggedSegmentEntryNo!,
  noOfInteractions: progress.logged,
  followUpSegmentNo: progress.followUpSegmentNo,
  // Not known from the progress: the logged segment's deliveries tell how its emails go.
  emailsToSend: 0,
});

/** Lost answers and "another request is logging it" are waited out; rule refusals end the run. */
function keepsGoing(error: unknown): boolean {
  return error instanceof ApiError && (error.retryable || error.problemName === 'conflict');
}

/**
 * Logs a segment and reports progress while the server works. The POST may outlive the
 * client's patience or the connection: then the progress shows when it is done, and a
 * new POST resumes a run whose server died (the server never writes an entry twice).
 */
export async function logSegmentWithProgress(
  api: InterlogApi,
  segmentNo: string,
  input: LogSegmentInput,
  options: LogProgressOptions,
): Promise<LogSegmentResult> {
  const {
    onProgress,
    requestTimeoutMs = 60_000,
    pollMs = 1000,
    retryMs = 3000,
    stallMs = 10 * 60_000,
    sleep = wait,
  } = options;
  let finished = false;
  let lastError: unknown = null;
  const poll = async (): Promise<SegmentLogProgress | null> => {
    try {
      const progress = await api.segments.logProgress(segmentNo);
      if (!finished) onProgress(progress);
      return progress;
    } catch {
      return null;
    }
  };
  const poller = (async () => {
    while (!finished) {
      await sleep(pollMs);
      if (!finished) await poll();
    }
  })();
  try {
    let lastMoved = Date.now();
    let lastLogged = -1;
    for (;;) {
      try {
        return await api.segments.log(segmentNo, input, requestTimeoutMs);
      } catch (error) {
        if (!keepsGoing(error)) throw error;
        lastError = error;
      }
      const progress = await poll();
      if (progress?.state === 'logged') return doneFrom(progress);
      if (progress?.state === 'notStarted' && lastError instanceof ApiError && lastError.problemName === 'conflict')
        throw lastError;
      if (progress && progress.logged !== lastLogged) {
        lastLogged = progress.logged;
        lastMoved = Date.now();
      }
      if (Date.now() - lastMoved > stallMs) throw lastError;
      await sleep(retryMs);
    }
  } finally {
    finished = true;
    await poller;
  }
}
