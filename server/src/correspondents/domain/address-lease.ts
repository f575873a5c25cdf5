import { AppError } from '../../lib/errors/app-error';
import { withLease } from '../../lib/db/lease';

const LEASE = { ttlMs: 10_000, waitMs: 10_000 };

/** An address's record, items and list place change under one lease, so concurrent sightings never undo each other. */
export async function withAddressLease<T>(tenantId: string, address: string, work: () => Promise<T>): Promise<T> {
  const done = await withLease(`uc:${tenantId}:${address}`, LEASE, work);
  if (!done) throw new AppError('in-progress', 409, `The address ${address} is being changed; try again.`);
  return done.result;
}

export const normalAddress = (address: string) => address.trim().toLowerCase();
