import { withLease } from '../../lib/db/lease';

const LEASE_MS = 60_000;

/**
 * Runs `work` as the only writer of a recording mailbox. FerretDB applies an update by
 * reading and writing the whole document, so two writers at once can undo each other (a
 * renewal could switch recording back on); the mailbox's lease keeps them apart on both
 * engines. `wait: false` skips the work (returns null) when another writer has the mailbox;
 * otherwise it waits up to `waitMs`.
 */
export async function withMailboxLease<T>(
  mailboxId: string,
  work: () => Promise<T>,
  { wait = true, waitMs = 15_000 } = {},
): Promise<T | null> {
  const ran = await withLease(`recording-mailbox:${mailboxId}`, { ttlMs: LEASE_MS, waitMs: wait ? waitMs : 0 }, work);
  if (!ran && wait) throw new Error(`The recording mailbox ${mailboxId} stayed busy for ${waitMs} ms.`);
  return ran ? ran.result : null;
}
