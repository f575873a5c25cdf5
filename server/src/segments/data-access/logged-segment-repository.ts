import { isDuplicateKeyError } from '../../lib/db/duplicate-key';
import { alreadyExists } from '../../lib/errors/app-error';
import { createKeyedRepository } from '../../lib/db/keyed-repository';
import { decodeCursor, pageOf } from '../../lib/http/cursor';
import type { LoggedSegment } from '../domain/logged-segment-schema';
import type { SavedSegmentCriteria } from '../domain/segment-criteria-schema';
import { LoggedSegmentModel, SavedCriteriaModel } from './segment-models';

type StoredLoggedSegment = Omit<LoggedSegment, 'createdAt'> & { createdAt: Date };
const projection = { _id: 0, tenantId: 0, completed: 0, hardCopyEntries: 0, linesToRemove: 0, keyedLines: 0 };
const toLoggedSegment = (doc: StoredLoggedSegment): LoggedSegment => ({
  ...doc,
  createdAt: doc.createdAt.toISOString(),
});

export const loggedSegmentRepository = {
  async get(tenantId: string, entryNo: number): Promise<LoggedSegment | null> {
    const doc = await LoggedSegmentModel.findOne(
      { tenantId, entryNo, completed: true },
      projection,
    ).lean<StoredLoggedSegment>();
    return doc ? toLoggedSegment(doc) : null;
  },

  /** The latest logged segments, newest first. */
  async latest(tenantId: string, limit: number): Promise<LoggedSegment[]> {
    const rows = await LoggedSegmentModel.find({ tenantId, completed: true }, projection)
      .sort({ entryNo: -1 })
      .limit(limit)
      .lean<StoredLoggedSegment[]>();
    return rows.map(toLoggedSegment);
  },

  async list(tenantId: string, page: { limit: number; cursor?: string }, filter: { segmentNo?: string } = {}) {
    const after = decodeCursor<number>(page.cursor, 'number');
    const rows = await LoggedSegmentModel.find(
      { tenantId, completed: true, ...filter, ...(after !== undefined ? { entryNo: { $gt: after } } : {}) },
      projection,
    )
      .sort({ entryNo: 1 })
      .limit(page.limit + 1)
      .lean<StoredLoggedSegment[]>();
    return pageOf(rows.map(toLoggedSegment), page.limit, (s) => s.entryNo);
  },

  /** Claims a logged segment number for a logging run; already-exists when a concurrent run took it. */
  async insertPending(
    tenantId: string,
    loggedSegment: Omit<LoggedSegment, 'createdAt' | 'canceled' | 'noOfInteractions'>,
  ) {
    try {
      await LoggedSegmentModel.collection.insertOne({
        ...loggedSegment,
        tenantId,
        noOfInteractions: 0,
        createdAt: new Date(),
        canceled: false,
        completed: false,
      } as never);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw alreadyExists('Logged segment', loggedSegment.entryNo);
      throw error;
    }
  },

  async complete(
    tenantId: string,
    entryNo: number,
    values: {
      noOfInteractions: number;
      followUpSegmentNo: string;
      hardCopyEntries: number | null;
      keyedLines: boolean;
    },
  ) {
    await LoggedSegmentModel.updateOne(
      { tenantId, entryNo },
      { $set: { ...values, completed: true, linesToRemove: true } },
    );
  },

  /** How many entries of the logged segment are hard copies; null when not known. */
  async hardCopyEntries(tenantId: string, entryNo: number): Promise<number | null> {
    const doc = await LoggedSegmentModel.findOne({ tenantId, entryNo }, { _id: 0, hardCopyEntries: 1 }).lean<{
      hardCopyEntries?: number | null;
    }>();
    return doc?.hardCopyEntries ?? null;
  },

  /** A tenant's logged segments whose segment's lines are still to be removed (of one segment number, or all). */
  pendingLineRemovals: (tenantId: string, segmentNo?: string) =>
    LoggedSegmentModel.find(
      { tenantId, linesToRemove: true, ...(segmentNo ? { segmentNo } : {}) },
      { _id: 0, entryNo: 1, segmentNo: 1, keyedLines: 1 },
    ).lean<Array<{ entryNo: number; segmentNo: string; keyedLines?: boolean }>>(),

  async isLineRemovalPending(tenantId: string, entryNo: number): Promise<boolean> {
    return (await LoggedSegmentModel.exists({ tenantId, entryNo, linesToRemove: true })) !== null;
  },

  async lineRemovalDone(tenantId: string, entryNo: number) {
    await LoggedSegmentModel.updateOne({ tenantId, entryNo }, { $set: { linesToRemove: false } });
  },

  async findCompletedForSegment(tenantId: string, segmentNo: string): Promise<LoggedSegment | null> {
    const doc = await LoggedSegmentModel.findOne({ tenantId, segmentNo, completed: true }, projection)
      .sort({ entryNo: -1 })
      .lean<StoredLoggedSegment>();
    return doc ? toLoggedSegment(doc) : null;
  },

  async setCanceled(tenantId: string, entryNo: number, canceled: boolean) {
    await LoggedSegmentModel.updateOne({ tenantId, entryNo }, { $set: { canceled } });
  },
};

export const savedCriteriaRepository = createKeyedRepository<SavedSegmentCriteria>(SavedCriteriaModel, {
  key: 'code',
  label: 'Saved segment criteria',
});
