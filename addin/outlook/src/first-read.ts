import type { ItemReadResult, MailHost } from './host/mail-host';
import { itemIdentity } from './host/mail-item';

const firstReads = new WeakMap<MailHost, ItemReadResult>();

/** Reads the open item while the strings and the token load, so that the pane's first render has it. */
export async function readFirstItem(host: MailHost): Promise<void> {
  firstReads.set(host, await host.readItem());
}

/** The item read before the first render, if any, left for the pane to take. */
export function firstItemOf(host: MailHost): ItemReadResult | undefined {
  return firstReads.get(host);
}

/** The item read before the first render, once: every later read asks the host. */
export function takeFirstItem(host: MailHost): ItemReadResult | undefined {
  const read = firstReads.get(host);
  firstReads.delete(host);
  return read;
}

/** Which item a read found, to tell whether the host moved on to another one meanwhile. */
export function readIdentity(read: ItemReadResult): string {
  return read.status === 'ok' ? itemIdentity(read.item) : read.status;
}
