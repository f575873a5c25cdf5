import { isDuplicateKeyError } from '../../lib/db/duplicate-key';
import { cursorBatches } from '../../lib/db/cursor-batches';
import { allocateAndInsertMany } from '../../lib/db/allocate-number';
import { decodeCursor, pageOf } from '../../lib/http/cursor';
import type { CorrespondenceType } from '../../setup';
import type { LineOverrides } from '../domain/segment-line-schema';
import { RemovedSegmentLineModel, SegmentLineModel } from './segment-models';
import { segmentRepository } from './segment-repository';

/** A line keeps a copy of its contact's data, as Business Central's segment lines do. */
export interface StoredLine {
  lineNo: number;
  contactNo: string;
  contactName: string;
  contactCompanyNo: string;
  contactCompanyName?: string;
  contactSalespersonCode?: string;
  contactCorrespondenceType?: CorrespondenceType;
  contactLanguageCode?: string;
  overrides: LineOverrides;
  addedInStep: number;
}

export type NewLine = Omit<StoredLine, 'lineNo'>;
export type ContactSnapshot = Pick<
  StoredLine,
  | 'contactName'
  | 'contactCompanyNo'
  | 'contactCompanyName'
  | 'contactSalespersonCode'
  | 'contactCorrespondenceType'
  | 'contactLanguageCode'
>;

const projection = { _id: 0, tenantId: 0, segmentNo: 0 };

export const segmentLineRepository = {
  get: (tenantId: string, segmentNo: string, lineNo: number) =>
    SegmentLineModel.findOne({ tenantId, segmentNo, lineNo }, projection).lean<StoredLine>(),

  count: (tenantId: string, segmentNo: string) => SegmentLineModel.countDocuments({ tenantId, segmentNo }),

  async list(tenantId: string, segmentNo: string, page: { limit: number; cursor?: string }) {
    const after = decodeCursor<number>(page.cursor, 'number');
    const rows = await SegmentLineModel.find(
      { tenantId, segmentNo, ...(after !== undefined ? { lineNo: { $gt: after } } : {}) },
      projection,
    )
      .sort({ lineNo: 1 })
      .limit(page.limit + 1)
      .lean<StoredLine[]>();
    return pageOf(rows, page.limit, (l) => l.lineNo);
  },

  /** Streams a segment's lines in line order, one batch at a time (one query, bounded memory). */
  batches(
    tenantId: string,
    segmentNo: string,
    batchSize: number,
    filter: Record<string, unknown> = {},
  ): AsyncGenerator<StoredLine[]> {
    const cursor = SegmentLineModel.find({ ...filter, tenantId, segmentNo }, projection)
      .sort({ lineNo: 1 })
      .lean<StoredLine>()
      .cursor({ batchSize });
    return cursorBatches(cursor, batchSize);
  },

  hasLines: async (tenantId: string, segmentNo: string) =>
    (await SegmentLineModel.exists({ tenantId, segmentNo })) !== null,

  hasLineWithoutOwnTemplate: async (tenantId: string, segmentNo: string) =>
    (await SegmentLineModel.exists({ tenantId, segmentNo, 'overrides.templateCode': { $exists: false } })) !== null,

  /** The distinct template codes lines set for themselves ("" for a line that blanked it). */
  async overriddenTemplateCodes(tenantId: string, segmentNo: string): Promise<string[]> {
    const codes = await SegmentLineModel.distinct('overrides.templateCode', { tenantId, segmentNo });
    return (codes as unknown[]).filter((c): c is string => typeof c === 'string');
  },

  async contactNosIn(tenantId: string, segmentNo: string, contactNos: string[]): Promise<Set<string>> {
    const rows = await SegmentLineModel.find(
      { tenantId, segmentNo, contactNo: { $in: contactNos } },
      { _id: 0, contactNo: 1 },
    ).lean<{ contactNo: string }[]>();
    return new Set(rows.map((r) => r.contactNo));
  },

  /** Adds lines for contacts not in the segment yet (a contact is in a segment at most once); returns how many. */
  async insertLines(tenantId: string, segmentNo: string, lines: NewLine[]): Promise<number> {
    return allocateAndInsertMany(lines, {
      reserve: (count) => segmentRepository.reserveLineNos(tenantId, segmentNo, count),
      build: (line, lineNo) => ({ ...line, tenantId, segmentNo, lineNo }),
      insertMany: (docs) => SegmentLineModel.collection.insertMany(docs, { ordered: false }),
      alreadyStored: async (items) => {
        const present = await this.contactNosIn(
          tenantId,
          segmentNo,
          items.map((l) => l.contactNo),
        );
        return new Set(items.filter((l) => present.has(l.contactNo)));
      },
      advancePast: (lineNo) => segmentRepository.advanceLineNosTo(tenantId, segmentNo, lineNo),
    });
  },

  /** Puts lines back with their own numbers (undo); lines already there are left alone. */
  async restoreLines(tenantId: string, segmentNo: string, lines: StoredLine[]) {
    if (lines.length === 0) return;
    await SegmentLineModel.bulkWrite(
      lines.map((line) => ({
        updateOne: {
          filter: { tenantId, segmentNo, lineNo: line.lineNo },
          update: { $setOnInsert: { ...line, tenantId, segmentNo } },
          upsert: true,
        },
      })),
      { ordered: false },
    ).catch((error) => {
      // A contact that was added again since keeps its newer line.
      if (!isDuplicateKeyError(error)) throw error;
    });
  },

  async update(tenantId: string, segmentNo: string, lineNo: number, changes: Record<string, unknown>) {
    await SegmentLineModel.updateOne({ tenantId, segmentNo, lineNo }, { $set: changes });
  },

  async refreshContact(tenantId: string, segmentNo: string, contactNo: string, changes: ContactSnapshot) {
    await SegmentLineModel.updateOne({ tenantId, segmentNo, contactNo }, { $set: changes });
  },

  async remove(tenantId: string, segmentNo: string, lineNos: number[]): Promise<number> {
    return (await SegmentLineModel.deleteMany({ tenantId, segmentNo, lineNo: { $in: lineNos } })).deletedCount;
  },

  removeAddedInStep: async (tenantId: string, segmentNo: string, stepNo: number) =>
    (await SegmentLineModel.deleteMany({ tenantId, segmentNo, addedInStep: stepNo })).deletedCount,

  removeAll: async (tenantId: string, segmentNo: string) => {
    await SegmentLineModel.deleteMany({ tenantId, segmentNo });
    await RemovedSegmentLineModel.deleteMany({ tenantId, segmentNo });
  },

  /** Keeps lines taken out by a step so that the step can be undone. */
  async keepRemoved(tenantId: string, segmentNo: string, stepNo: number, lines: StoredLine[]) {
    if (lines.length === 0) return;
    await RemovedSegmentLineModel.bulkWrite(
      lines.map((line) => ({
        updateOne: {
          filter: { tenantId, segmentNo, stepNo, lineNo: line.lineNo },
          update: { $setOnInsert: { line } },
          upsert: true,
        },
      })),
      { ordered: false },
    );
  },

  async *removedInStep(
    tenantId: string,
    segmentNo: string,
    stepNo: number,
    batchSize: number,
  ): AsyncGenerator<StoredLine[]> {
    const cursor = RemovedSegmentLineModel.find({ tenantId, segmentNo, stepNo }, { _id: 0, line: 1 })
      .sort({ lineNo: 1 })
      .lean<{ line: StoredLine }>()
      .cursor({ batchSize });
    for await (const rows of cursorBatches(cursor, batchSize)) yield rows.map((r) => r.line);
  },

  forgetRemovedInStep: async (tenantId: string, segmentNo: string, stepNo: number) => {
    await RemovedSegmentLineModel.deleteMany({ tenantId, segmentNo, stepNo });
  },
};
