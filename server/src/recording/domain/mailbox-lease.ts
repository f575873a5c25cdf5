import { acquireLease } from '../../lib/db/lease-lock';

const LEASE_MS = 60_000;
const WAIT_STEP_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` as the only writer of a recording mailbox. FerretDB applies an update by
 * reading and writing the whole document, so two writers at once can undo each other (a
 * renewal could switch recording back on); the lease document (a unique `_id` insert) keeps
 * them apart on both engines. `wait: false` skips the work (returns null) when another
 * writer has the mailbox; otherwise it waits up to `waitMs`.
 */
export async function withMailboxLease<T>(
  mailboxId: string,
  work: () => Promise<T>,
  { wait = true, waitMs = 15_000 } = {},
): Promise<T | null> {
  const name = `recording-mailbox:${mailboxId}`;
  const giveUpAt = Date.now() + waitMs;
  for (;;) {
    const acquired = await acquireLease(name, LEASE_MS);
    if ('lease' in acquired) {
      try {
        return await work();
      } finally {
        await acquired.lease.release().catch(() => undefined);
      }
    }
    if (!wait) return null;
    if (Date.now() > giveUpAt) throw new Error(`The recording mailbox ${mailboxId} stayed busy for ${waitMs} ms.`);
    await sleep(WAIT_STEP_MS);
  }
}
