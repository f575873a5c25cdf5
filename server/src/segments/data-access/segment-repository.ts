import { isDuplicateKeyError } from '../../lib/db/duplicate-key';
import { alreadyExists } from '../../lib/errors/app-error';
import { decodeCursor, pageOf } from '../../lib/http/cursor';
import { updateVersioned } from '../../lib/db/versioned-update';
import type { CriteriaStep } from '../domain/segment-criteria-schema';
import type { SegmentInteraction } from '../domain/segment-schema';
import { SegmentModel } from './segment-models';
import { emptyLineCounts, type LineCounts } from './segment-line-counts';

export interface SegmentLogging {
  loggedSegmentEntryNo: number;
  createFollowUp: boolean;
  /** Email the entries of correspondence type email once written (Business Central's Deliver). */
  deliver?: boolean;
  followUpSegmentNo: string;
  userId: string;
  startedAt: Date;
  /** Lines when the run started, and entries written so far (updated per batch): the client's progress. */
  noOfLines?: number;
  logged?: number;
}

export interface SegmentHeader {
  no: string;
  description: string;
  salespersonCode: string;
  date: string;
  interaction: SegmentInteraction;
  steps: CriteriaStep[];
  lastStepNo: number;
  logging: SegmentLogging | null;
  lineCounts?: LineCounts | null;
  /** Every line has an `_id` in the segment's range (segments made since lines were keyed). */
  keyedLines?: boolean;
  /** Counted up by every change of the header's own fields (absent: never changed since versions were kept). */
  version?: number;
}

const projection = { _id: 0, tenantId: 0, requestKey: 0, lastLineNo: 0, createdAt: 0 };

export const segmentRepository = {
  get: (tenantId: string, no: string) => SegmentModel.findOne({ tenantId, no }, projection).lean<SegmentHeader>(),

  findByRequestKey: (tenantId: string, requestKey: string) =>
    SegmentModel.findOne({ tenantId, requestKey }, projection).lean<SegmentHeader>(),

  async list(tenantId: string, page: { limit: number; cursor?: string }) {
    const after = decodeCursor<string>(page.cursor, 'string');
    const rows = await SegmentModel.find(
      { tenantId, ...(after !== undefined ? { no: { $gt: after } } : {}) },
      projection,
    )
      .sort({ no: 1 })
      .limit(page.limit + 1)
      .lean<SegmentHeader[]>();
    return pageOf(rows, page.limit, (s) => s.no);
  },

  async insert(
    tenantId: string,
    header: Omit<SegmentHeader, 'steps' | 'lastStepNo' | 'logging' | 'lineCounts' | 'keyedLines'>,
    requestKey: string,
  ): Promise<SegmentHeader> {
    try {
      await SegmentModel.collection.insertOne({
        ...header,
        tenantId,
        requestKey,
        steps: [],
        lastStepNo: 0,
        lastLineNo: 0,
        logging: null,
        lineCounts: emptyLineCounts(),
        keyedLines: true,
        createdAt: new Date(),
      } as never);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw alreadyExists('Segment', header.no);
      throw error;
    }
    return (await this.get(tenantId, header.no))!;
  },

  async update(tenantId: string, no: string, changes: Record<string, unknown>): Promise<boolean> {
    return (await SegmentModel.updateOne({ tenantId, no }, { $set: changes })).matchedCount === 1;
  },

  /** A user's edit of the header's own fields: `ifMatch` is the version the caller read, 412 when it changed since. */
  async updateHeader(tenantId: string, no: string, changes: Partial<SegmentHeader>, ifMatch?: number) {
    return updateVersioned(SegmentModel, { tenantId, no }, changes, { what: 'Segment', key: no, ifMatch });
  },

  /** Reserves `count` line numbers of a segment; returns the first. */
  async reserveLineNos(tenantId: string, no: string, count: number): Promise<number> {
    const doc = await SegmentModel.findOneAndUpdate(
      { tenantId, no },
      { $inc: { lastLineNo: count } },
      { returnDocument: 'after' },
    ).lean<{ lastLineNo: number }>();
    return doc!.lastLineNo - count + 1;
  },

  async advanceLineNosTo(tenantId: string, no: string, atLeast: number) {
    await SegmentModel.updateOne({ tenantId, no, lastLineNo: { $lt: atLeast } }, { $set: { lastLineNo: atLeast } });
  },

  async pushStep(tenantId: string, no: string, step: CriteriaStep) {
    await SegmentModel.updateOne({ tenantId, no }, { $push: { steps: step }, $set: { lastStepNo: step.stepNo } });
  },

  async setStepChanged(tenantId: string, no: string, steps: CriteriaStep[]) {
    await SegmentModel.updateOne({ tenantId, no }, { $set: { steps } });
  },

  remove: async (tenantId: string, no: string) => {
    await SegmentModel.deleteOne({ tenantId, no });
  },
};
