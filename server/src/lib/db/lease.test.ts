import mongoose from 'mongoose';
import { randomUUID } from 'node:crypto';
import { testDatabaseUri, uniqueDbName } from '../../../../test/support/test-app';
import { connectDatabase, disconnectDatabase } from './connect';
import { acquireLease, isLeaseHeld, withLease, type Lease } from './lease';

const leases = () => mongoose.connection.db!.collection<{ _id: string; owner: string; lockedUntil: Date }>('leases');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const newName = () => `job:${randomUUID()}`;

async function take(name: string, ttlMs: number): Promise<Lease> {
  const acquired = await acquireLease(name, ttlMs);
  if (!('lease' in acquired)) throw new Error(`${name} is held`);
  return acquired.lease;
}

beforeAll(async () => {
  await connectDatabase(testDatabaseUri(), uniqueDbName('lease'));
});
afterAll(async () => {
  await disconnectDatabase();
});

describe('acquireLease', () => {
  test('When ten processes take one lease at once, then exactly one holds it and the others learn until when', async () => {
    const name = newName();
    const results = await Promise.all(Array.from({ length: 10 }, () => acquireLease(name, 5_000)));
    const holders = results.filter((r) => 'lease' in r);
    expect(holders).toHaveLength(1);
    for (const r of results.filter((r) => 'heldUntil' in r))
      expect((r as { heldUntil: Date }).heldUntil.getTime()).toBeGreaterThan(Date.now());
    await (holders[0] as { lease: Lease }).lease.release();
  });

  test('When the holder lives on past the lease time, then its heartbeat keeps the lease', async () => {
    const name = newName();
    const lease = await take(name, 300);
    await sleep(700);
    expect(lease.lost).toBe(false);
    expect('heldUntil' in (await acquireLease(name, 300))).toBe(true);
    await lease.release();
  });

  test('When the holder died, then another takes the lease over once it has expired', async () => {
    const name = newName();
    await leases().insertOne({ _id: name, owner: 'died', lockedUntil: new Date(Date.now() + 200) });
    expect('heldUntil' in (await acquireLease(name, 1_000))).toBe(true);
    await sleep(250);
    const lease = await take(name, 1_000);
    expect((await leases().findOne({ _id: name }))!.owner).not.toBe('died');
    await lease.release();
  });

  test('When a lease was taken over, then its old holder finds it lost and its release leaves the new holder alone', async () => {
    const name = newName();
    const lease = await take(name, 5_000);
    await leases().updateOne({ _id: name }, { $set: { owner: 'new-holder' } });
    expect(await lease.renew()).toBe(false);
    expect(lease.lost).toBe(true);
    await lease.release();
    expect((await leases().findOne({ _id: name }))!.owner).toBe('new-holder');
  });

  test('When the lease was taken or renewed less than a third of its time ago, then checking that it is held writes nothing', async () => {
    const name = newName();
    const lease = await take(name, 60_000);
    const before = (await leases().findOne({ _id: name }))!.lockedUntil;

    const held = await lease.ensureHeld();

    expect(held).toBe(true);
    expect((await leases().findOne({ _id: name }))!.lockedUntil).toEqual(before);
    await lease.release();
  });

  test('When its last renewal is older than a third of its time, then checking that it is held renews it, and finds it lost when taken over', async () => {
    const name = newName();
    const lease = await take(name, 600);
    await leases().updateOne({ _id: name }, { $set: { owner: 'new-holder' } });
    await sleep(250);

    expect(await lease.ensureHeld()).toBe(false);
    expect(lease.lost).toBe(true);
    await lease.release();
    expect((await leases().findOne({ _id: name }))!.owner).toBe('new-holder');
  });

  test('When the holder releases the lease, then it is free at once', async () => {
    const name = newName();
    const lease = await take(name, 5_000);
    expect(await isLeaseHeld(name)).toBe(true);
    await lease.release();
    expect(await isLeaseHeld(name)).toBe(false);
    await (await take(name, 5_000)).release();
  });
});

describe('withLease', () => {
  test('When another holds the lease and we do not wait, then the work is skipped', async () => {
    const name = newName();
    const holder = await take(name, 5_000);
    const work = jest.fn(async () => 'ran');
    expect(await withLease(name, { ttlMs: 5_000 }, work)).toBeNull();
    expect(work).not.toHaveBeenCalled();
    await holder.release();
  });

  test('When another holds the lease and we wait, then the work runs once it is released, and the lease is released after', async () => {
    const name = newName();
    const holder = await take(name, 5_000);
    setTimeout(() => void holder.release(), 150);
    const ran = await withLease(name, { ttlMs: 5_000, waitMs: 3_000 }, async () => isLeaseHeld(name));
    expect(ran).toEqual({ result: true });
    expect(await isLeaseHeld(name)).toBe(false);
  });

  test('When the work throws, then the lease is released and the error passes on', async () => {
    const name = newName();
    const failure = new Error('work failed');
    await expect(
      withLease(name, { ttlMs: 5_000 }, async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await isLeaseHeld(name)).toBe(false);
  });

  test('When the lease stays held longer than we wait, then we give up', async () => {
    const name = newName();
    const holder = await take(name, 5_000);
    const started = Date.now();
    expect(await withLease(name, { ttlMs: 5_000, waitMs: 200 }, async () => 'ran')).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    await holder.release();
  });
});
