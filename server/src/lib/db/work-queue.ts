import type { Model } from 'mongoose';
import { acquireLease } from './lease';

/**
 * A work queue kept in the database: jobs waiting, claimed by one worker at a time, retried
 * later, failed for good, done. A job's state is four fields, on the document itself or in one
 * of its sub-documents (`at`): `status`, `attempts`, `nextAttemptAt` (when a waiting job is due;
 * while it is worked on, when the claim runs out) and `lastError`.
 *
 * Claiming takes a lease on the job (an insert under a unique `_id`, renewed by a heartbeat)
 * and then checks the job is still due. The queue libraries for MongoDB (agenda,
 * mongodb-queue, mongo-queue) claim with one findOneAndUpdate, which FerretDB 1.x runs as a
 * read followed by a whole-document write (as it does any update), so two workers could both
 * take one job; hence this one.
 */

export interface WorkQueueOptions {
  /** Names the job leases: `<name>:<job _id>`. */
  name: string;
  model: Model<any>;
  /** The sub-document holding each job's state; the document itself when empty. */
  at?: string;
  /** The stored names of the four states. */
  statuses: { waiting: string; working: string; done: string; failed: string };
}

export interface Claim {
  /**
   * Only a job among these is claimed: a filter on the documents, whose fields must be in the
   * model's schema (strictQuery drops the others).
   */
  where: Record<string, unknown>;
  /** How long the claim lasts without its heartbeat (a worker that died is followed after it). */
  claimMs: number;
}

export interface ClaimedJob<Doc> {
  id: string;
  /** The document as it was when claimed. */
  doc: Doc;
  /** This attempt's number (1 for the first); counted when claimed. */
  attempt: number;
  /** Done; `changes` are set on the job state, and `expect` must still match (else it is left as it is). */
  complete(changes?: Record<string, unknown>, expect?: Record<string, unknown>): Promise<void>;
  /** Waits again until `at`; `uncounted` gives this attempt back (it was no fault of the job). */
  retryAt(at: Date, error: string, options?: { uncounted?: boolean }): Promise<void>;
  /** Failed for good (until requeued); `forget` names job-state fields to remove. */
  fail(error: string, forget?: string[]): Promise<void>;
}

export function createWorkQueue<Doc extends { _id: string }>(options: WorkQueueOptions) {
  const { model, statuses } = options;
  const field = (name: string) => (options.at ? `${options.at}.${name}` : name);
  const [status, attempts, nextAttemptAt, lastError] = ['status', 'attempts', 'nextAttemptAt', 'lastError'].map(field);
  const stateOf = (doc: Doc) =>
    (options.at ? (doc as Record<string, unknown>)[options.at] : doc) as { attempts: number; status: string };
  const prefixed = (changes: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(changes).map(([key, value]) => [field(key), value]));
  /** Waiting and due, or worked on by a worker whose claim ran out. */
  const due = () => ({
    [status]: { $in: [statuses.waiting, statuses.working] },
    [nextAttemptAt]: { $lte: new Date() },
  });
  const working = (id: string) => ({ _id: id, [status]: statuses.working });

  async function claim<R>(
    id: string,
    { where, claimMs }: Claim,
    work: (job: ClaimedJob<Doc>) => Promise<R>,
  ): Promise<{ result: R } | null> {
    const acquired = await acquireLease(`${options.name}:${id}`, claimMs);
    if ('heldUntil' in acquired) return null;
    try {
      const doc = await model.findOne({ ...where, ...due(), _id: id }).lean<Doc>();
      if (!doc) return null;
      const attempt = (stateOf(doc).attempts ?? 0) + 1;
      await model.updateOne(
        { _id: id, [status]: stateOf(doc).status },
        { $set: { [status]: statuses.working, [nextAttemptAt]: new Date(Date.now() + claimMs), [attempts]: attempt } },
      );
      const job: ClaimedJob<Doc> = {
        id,
        doc,
        attempt,
        async complete(changes = {}, expect = {}) {
          await model.updateOne(
            { ...working(id), ...expect },
            { $set: { ...prefixed(changes), [status]: statuses.done, [lastError]: '' } },
          );
        },
        async retryAt(at, error, { uncounted = false } = {}) {
          await model.updateOne(working(id), {
            $set: {
              [status]: statuses.waiting,
              [nextAttemptAt]: at,
              [lastError]: error,
              ...(uncounted ? { [attempts]: attempt - 1 } : {}),
            },
          });
        },
        async fail(error, forget = []) {
          await model.updateOne(working(id), {
            $set: { [status]: statuses.failed, [lastError]: error },
            ...(forget.length ? { $unset: Object.fromEntries(forget.map((name) => [field(name), ''])) } : {}),
          });
        },
      };
      return { result: await work(job) };
    } finally {
      await acquired.lease.release().catch(() => undefined);
    }
  }

  /** The ids of due jobs among `where`, in `sort` order: one query for many claims. */
  async function dueIds(where: Record<string, unknown>, limit: number, sort: Record<string, 1 | -1> = {}) {
    const rows = await model
      .find({ ...where, ...due() }, { _id: 1 })
      .sort({ ...sort, [nextAttemptAt]: 1 })
      .limit(limit)
      .lean<{ _id: string }[]>();
    return rows.map((row) => row._id);
  }

  return {
    dueIds,

    /**
     * Claims the job if it is (still) due and among `where`, and runs `work` with it; `work`
     * ends it with complete, retryAt or fail. Null when the job was not claimed (another worker
     * has it, or it is no longer due). A job whose worker ended without an outcome, or died, is
     * due again when its claim runs out.
     */
    claim,

    /** Claims the next due job among `where` (earliest due first) and runs `work` with it; null when none was due. */
    async claimNext<R>(how: Claim, work: (job: ClaimedJob<Doc>) => Promise<R>): Promise<{ result: R } | null> {
      for (const id of await dueIds(how.where, 10)) {
        const claimed = await claim(id, how, work);
        if (claimed) return claimed;
      }
      return null;
    },

    /** When the next job among `where` that waits (or is worked on) becomes due; null when none does. */
    async nextDueAt(where: Record<string, unknown>): Promise<Date | null> {
      const row = await model
        .findOne({ ...where, [status]: { $in: [statuses.waiting, statuses.working] } }, { _id: 0, [nextAttemptAt]: 1 })
        .sort({ [nextAttemptAt]: 1 })
        .lean<Record<string, unknown>>();
      if (!row) return null;
      const state = (options.at ? row[options.at] : row) as { nextAttemptAt: Date };
      return new Date(state.nextAttemptAt);
    },

    /** Puts the failed jobs among `where`, and those waiting for a retry, back in line with their attempts anew. */
    async requeue(where: Record<string, unknown>): Promise<void> {
      await model.updateMany(
        { ...where, [status]: { $in: [statuses.failed, statuses.waiting] } },
        { $set: { [status]: statuses.waiting, [attempts]: 0, [nextAttemptAt]: new Date(0) } },
      );
    },

    /** Deletes the done jobs among `where`. */
    async purge(where: Record<string, unknown>): Promise<number> {
      return (await model.deleteMany({ ...where, [status]: statuses.done })).deletedCount;
    },
  };
}

export type WorkQueue<Doc extends { _id: string }> = ReturnType<typeof createWorkQueue<Doc>>;
