import mongoose, { Schema, type Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { testDatabaseUri, uniqueDbName } from '../../../../test/support/test-app';
import { connectDatabase, disconnectDatabase } from './connect';
import { createWorkQueue, type ClaimedJob } from './work-queue';

interface Job {
  _id: string;
  scope: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string;
  version: number;
  note?: string;
}
interface Entry {
  _id: string;
  scope: string;
  delivery: { status: string; attempts: number; nextAttemptAt: Date; lastError: string; draftId?: string };
}

const state = { status: String, attempts: Number, nextAttemptAt: Date, lastError: String };
const JobModel: Model<any> =
  mongoose.models.TestQueueJob ??
  mongoose.model(
    'TestQueueJob',
    new Schema(
      { _id: String, scope: String, ...state, version: Number, note: String },
      { versionKey: false, collection: 'test_queue_jobs' },
    ),
  );
const EntryModel: Model<any> =
  mongoose.models.TestQueueEntry ??
  mongoose.model(
    'TestQueueEntry',
    new Schema(
      { _id: String, scope: String, delivery: { ...state, sentAt: Date, draftId: String } },
      { versionKey: false, collection: 'test_queue_entries' },
    ),
  );
const statuses = { waiting: 'pending', working: 'processing', done: 'done', failed: 'failed' };
const jobs = createWorkQueue<Job>({ name: 'test-job', model: JobModel, statuses });
const entries = createWorkQueue<Entry>({
  name: 'test-entry',
  model: EntryModel,
  at: 'delivery',
  statuses: { waiting: 'pending', working: 'sending', done: 'sent', failed: 'failed' },
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const stored = (id: string) => JobModel.findById(id).lean<Job>();

/** Jobs of a scope of their own, due now (or at `dueAt`). */
async function enqueue(count: number, dueAt: Date[] = []) {
  const scope = randomUUID();
  const ids = Array.from({ length: count }, (_, i) => `${scope}:${i}`);
  await JobModel.collection.insertMany(
    ids.map((_id, i) => ({
      _id,
      scope,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: dueAt[i] ?? new Date(0),
      lastError: '',
      version: 1,
    })) as never[],
  );
  return { scope, ids, how: { where: { scope }, claimMs: 5_000 } };
}

beforeAll(async () => {
  await connectDatabase(testDatabaseUri(), uniqueDbName('work_queue'));
});
afterAll(async () => {
  await disconnectDatabase();
});

describe('Claiming', () => {
  test('When five workers claim one due job at once, then only one works on it', async () => {
    const { ids, how } = await enqueue(1);
    const worked: number[] = [];
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((worker) =>
        jobs.claim(ids[0], how, async (job) => {
          worked.push(worker);
          await sleep(50);
          await job.complete();
        }),
      ),
    );
    expect(worked).toHaveLength(1);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await stored(ids[0])).toMatchObject({ status: 'done', attempts: 1 });
  });

  test('When jobs fall due at different times, then claimNext takes the earliest due first and none not yet due', async () => {
    const now = Date.now();
    const { ids, how } = await enqueue(3, [new Date(now - 1_000), new Date(now - 5_000), new Date(now + 60_000)]);
    const order: string[] = [];
    const takeNext = () =>
      jobs.claimNext(how, async (job) => {
        order.push(job.id);
        await job.complete();
      });
    while (await takeNext());
    expect(order).toEqual([ids[1], ids[0]]);
    expect(await jobs.nextDueAt({ scope: how.where.scope })).toEqual(new Date(now + 60_000));
  });

  test('When a job is claimed, then its worker learns the attempt and the document as it was', async () => {
    const { ids, how } = await enqueue(1);
    await JobModel.updateOne({ _id: ids[0] }, { $set: { attempts: 2, note: 'third time' } });
    const claimed = await jobs.claim(ids[0], how, async (job) => {
      await job.complete();
      return [job.attempt, job.doc.note];
    });
    expect(claimed).toEqual({ result: [3, 'third time'] });
  });

  test('When a job is outside the claim filter, then it is not claimed', async () => {
    const { ids } = await enqueue(1);
    expect(await jobs.claim(ids[0], { where: { scope: 'another' }, claimMs: 5_000 }, async () => 'ran')).toBeNull();
    expect(await jobs.dueIds({ scope: 'another' }, 10)).toEqual([]);
  });
});

describe('Outcomes', () => {
  test('When an attempt fails for now, then the job waits until the given time and its next claim counts the next attempt', async () => {
    const { ids, how } = await enqueue(1);
    await jobs.claim(ids[0], how, (job) => job.retryAt(new Date(Date.now() + 150), 'throttled'));
    expect(await stored(ids[0])).toMatchObject({ status: 'pending', attempts: 1, lastError: 'throttled' });
    expect(await jobs.claim(ids[0], how, async () => 'too early')).toBeNull();
    await sleep(200);
    expect(await jobs.claim(ids[0], how, async (job) => job.attempt)).toEqual({ result: 2 });
  });

  test('When an attempt was no fault of the job (uncounted), then its attempts stay as they were', async () => {
    const { ids, how } = await enqueue(1);
    await jobs.claim(ids[0], how, (job) => job.retryAt(new Date(0), 'signed out', { uncounted: true }));
    expect(await stored(ids[0])).toMatchObject({ status: 'pending', attempts: 0, lastError: 'signed out' });
  });

  test('When a job fails for good, then it is not claimed again until requeued, which starts its attempts anew', async () => {
    const { ids, how, scope } = await enqueue(1);
    await jobs.claim(ids[0], how, (job) => job.fail('refused'));
    expect(await stored(ids[0])).toMatchObject({ status: 'failed', attempts: 1, lastError: 'refused' });
    expect(await jobs.claimNext(how, async () => 'ran')).toBeNull();
    await jobs.requeue({ scope });
    expect(await stored(ids[0])).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await jobs.claimNext(how, async (job) => job.attempt)).toEqual({ result: 1 });
  });

  test('When completing expects a value that changed meanwhile, then the job is left as it is', async () => {
    const { ids, how } = await enqueue(1);
    await jobs.claim(ids[0], how, async (job) => {
      await JobModel.updateOne({ _id: ids[0] }, { $inc: { version: 1 } }); // a new notification for the item
      await job.complete({}, { version: job.doc.version });
    });
    expect(await stored(ids[0])).toMatchObject({ status: 'processing', version: 2 });
  });

  test('When a worker died with a job, then the job is due again once its claim ran out, as its next attempt', async () => {
    const { ids, scope } = await enqueue(1);
    const how = { where: { scope }, claimMs: 150 };
    await jobs.claim(ids[0], how, async () => undefined); // ends without an outcome, as if the process died
    expect(await jobs.claimNext(how, async () => 'ran')).toBeNull();
    await sleep(200);
    expect(await jobs.claimNext(how, async (job) => job.attempt)).toEqual({ result: 2 });
  });

  test('When done jobs are purged, then only the done ones among the filter go', async () => {
    const { ids, how, scope } = await enqueue(3);
    await jobs.claim(ids[0], how, (job) => job.complete());
    await jobs.claim(ids[1], how, (job) => job.fail('refused'));
    expect(await jobs.purge({ scope })).toBe(1);
    expect((await JobModel.find({ scope }).lean<Job[]>()).map((j) => j._id).sort()).toEqual([ids[1], ids[2]]);
  });
});

describe('State in a sub-document', () => {
  test('When the job state lives in a sub-document, then the queue reads and writes it there', async () => {
    const scope = randomUUID();
    await EntryModel.collection.insertOne({
      _id: `${scope}:1`,
      scope,
      delivery: { status: 'pending', attempts: 0, nextAttemptAt: new Date(0), lastError: '', draftId: 'd-1' },
    } as never);
    const how = { where: { scope }, claimMs: 5_000 };
    const first = await entries.claimNext(how, async (job: ClaimedJob<Entry>) => {
      await job.fail('address refused', ['draftId']);
      return job.doc.delivery.draftId;
    });
    expect(first).toEqual({ result: 'd-1' });
    const entry = await EntryModel.findById(`${scope}:1`).lean<Entry>();
    expect(entry!.delivery).toEqual({
      status: 'failed',
      attempts: 1,
      nextAttemptAt: expect.any(Date),
      lastError: 'address refused',
    });
    await entries.requeue({ scope });
    await entries.claimNext(how, (job) => job.complete({ sentAt: new Date(0) }));
    expect((await EntryModel.findById(`${scope}:1`).lean<Entry>())!.delivery).toMatchObject({
      status: 'sent',
      attempts: 1,
      lastError: '',
      sentAt: new Date(0),
    });
  });
});
