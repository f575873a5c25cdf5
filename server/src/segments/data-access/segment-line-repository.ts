import { isDuplicateKeyError } from '../../lib/db/duplicate-key';
import { cursorBatches } from '../../lib/db/cursor-batches';
import { allocateAndInsertMany } from '../../lib/db/allocate-number';
import { decodeCursor, pageOf } from '../../lib/http/cursor';
import { updateVersioned } from '../../lib/db/versioned-update';
import type { CorrespondenceType } from '../../setup';
import type { LineOverrides } from '../domain/segment-line-schema';
import { RemovedSegmentLineModel, SegmentLineModel } from './segment-models';
import { addTallies, countedLineWrite, tallyOf, trustedCounts, type LineCounts } from './segment-line-counts';
import { segmentRepository } from './segment-repository';
import { allLines, lineId, removeKeyedLines } from './segment-line-ids';

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
  /** Words for this one contact, merged as {personalNote}; unset when there are none. */
  personalNote?: string;
  /** The file name of the letter uploaded for this contact instead of the merged one. */
  ownLetter?: string;
  addedInStep: number;
  /** Counted up by every change of the line's overrides (absent: never changed since versions were kept). */
  version?: number;
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
/** Lines read at once by logging's cursor. */
const LINE_READ = 200;

export const segmentLineRepository = {
  get: (tenantId: string, segmentNo: string, lineNo: number) =>
    SegmentLineModel.findOne({ tenantId, segmentNo, lineNo }, projection).lean<StoredLine>(),

  count: (tenantId: string, segmentNo: string) => SegmentLineModel.countDocuments({ tenantId, segmentNo }),

  /** The number of a segment's lines: from its header's counts when they can be trusted, else counted. */
  async noOfLines(tenantId: string, header: { no: string; lineCounts?: LineCounts | null }): Promise<number> {
    return trustedCounts(header)?.lines ?? this.count(tenantId, header.no);
  },

  /** What logging checks of a segment's lines, from its header's counts when they can be trusted. */
  async summary(tenantId: string, header: { no: string; lineCounts?: LineCounts | null }) {
    const counts = trustedCounts(header);
    if (counts)
      return {
        noOfLines: counts.lines,
        anyWithoutOwnTemplate: counts.withoutOwnTemplate > 0,
        ownTemplateCodes: counts.ownTemplates.filter((t) => t.lines > 0).map((t) => t.code),
      };
    const [noOfLines, anyWithoutOwnTemplate, ownTemplateCodes] = await Promise.all([
      this.count(tenantId, header.no),
      this.hasLineWithoutOwnTemplate(tenantId, header.no),
      this.overriddenTemplateCodes(tenantId, header.no),
    ]);
    return { noOfLines, anyWithoutOwnTemplate, ownTemplateCodes };
  },

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

  /**
   * Streams a segment's lines in the order they are stored (line order, but for lines put back by
   * an undo), one batch at a time: on FerretDB a sorted read reads and sorts every line before
   * the first comes back (3 s at 20,000 lines).
   */
  inStoredOrder(
    tenantId: string,
    segmentNo: string,
    batchSize: number,
    filter: Record<string, unknown> = {},
  ): AsyncGenerator<StoredLine[]> {
    const cursor = SegmentLineModel.find({ ...filter, tenantId, segmentNo }, projection)
      .lean<StoredLine>()
      .cursor({ batchSize });
    return cursorBatches(cursor, batchSize);
  },

  /**
   * A segment's lines one batch at a time: for a segment with keyed lines one `_id` range read,
   * in line order as the index returns them (unsorted: FerretDB would sort every line in memory).
   */
  inLineOrder(
    tenantId: string,
    header: { no: string; keyedLines?: boolean },
    batchSize: number,
  ): AsyncGenerator<StoredLine[]> {
    if (!header.keyedLines) return this.inStoredOrder(tenantId, header.no, batchSize);
    // The driver's cursor, in reads smaller than a batch: a cursor keeps its last answer parsed
    // until it reads the next, which then outlived the batch's writes (about 1.4 KB per line).
    const cursor = SegmentLineModel.collection.find<StoredLine>(allLines(tenantId, header.no, true), {
      projection,
      batchSize: Math.min(batchSize, LINE_READ),
    });
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
    if (lines.length === 0) return 0;
    return countedLineWrite(tenantId, segmentNo, async () => {
      const skipped = new Set<NewLine>();
      const inserted = await allocateAndInsertMany(lines, {
        reserve: (count) => segmentRepository.reserveLineNos(tenantId, segmentNo, count),
        build: (line, lineNo) => ({ ...line, _id: lineId(tenantId, segmentNo, lineNo), tenantId, segmentNo, lineNo }),
        insertMany: (docs) => SegmentLineModel.collection.insertMany(docs, { ordered: false }),
        alreadyStored: async (items) => {
          const present = await this.contactNosIn(
            tenantId,
            segmentNo,
            items.map((l) => l.contactNo),
          );
          const stored = new Set(items.filter((l) => present.has(l.contactNo)));
          stored.forEach((l) => skipped.add(l));
          return stored;
        },
        advancePast: (lineNo) => segmentRepository.advanceLineNosTo(tenantId, segmentNo, lineNo),
      });
      const written = lines.filter((l) => !skipped.has(l));
      return { result: inserted, counted: written.length === inserted ? tallyOf(written) : null };
    });
  },

  /** Puts lines back with their own numbers (undo); lines already there are left alone. */
  async restoreLines(tenantId: string, segmentNo: string, lines: StoredLine[]) {
    if (lines.length === 0) return;
    await countedLineWrite(tenantId, segmentNo, async () => {
      const result = await SegmentLineModel.bulkWrite(
        lines.map((line) => ({
          updateOne: {
            filter: { tenantId, segmentNo, lineNo: line.lineNo },
            update: { $setOnInsert: { ...line, _id: lineId(tenantId, segmentNo, line.lineNo), tenantId, segmentNo } },
            upsert: true,
          },
        })),
        { ordered: false },
      ).catch((error) => {
        // A contact that was added again since keeps its newer line (which ones were put back is then not told).
        if (!isDuplicateKeyError(error)) throw error;
        return null;
      });
      const restored = result ? Object.keys(result.upsertedIds ?? {}).map((i) => lines[Number(i)]!) : [];
      return { result: undefined, counted: result?.upsertedCount === restored.length ? tallyOf(restored) : null };
    });
  },

  /**
   * Sets a line's overrides (`ifMatch` as for update); a change of its template is counted on the
   * header, made at the version read here so that what is counted is what was replaced.
   */
  async setOverrides(
    tenantId: string,
    segmentNo: string,
    line: StoredLine,
    overrides: LineOverrides,
    ifMatch?: number,
    personal: Pick<StoredLine, 'personalNote'> = {},
  ) {
    const changes = { overrides, ...personal };
    if (line.overrides?.templateCode === overrides.templateCode)
      return this.update(tenantId, segmentNo, line.lineNo, changes, ifMatch);
    await countedLineWrite(tenantId, segmentNo, async () => {
      await this.update(tenantId, segmentNo, line.lineNo, changes, ifMatch ?? line.version ?? 0);
      return { result: undefined, counted: addTallies(tallyOf([line], -1), tallyOf([{ overrides }])) };
    });
  },

  /** `ifMatch`: the version the caller read (412 when it changed since); without it the last writer wins. */
  async update(
    tenantId: string,
    segmentNo: string,
    lineNo: number,
    changes: Record<string, unknown>,
    ifMatch?: number,
  ) {
    const write = { what: `Line ${lineNo} of segment`, key: segmentNo, ifMatch };
    await updateVersioned(SegmentLineModel, { tenantId, segmentNo, lineNo }, changes, write);
  },

  async refreshContact(tenantId: string, segmentNo: string, contactNo: string, changes: ContactSnapshot) {
    await SegmentLineModel.updateOne({ tenantId, segmentNo, contactNo }, { $set: changes });
  },

  async remove(tenantId: string, segmentNo: string, lines: StoredLine[]): Promise<number> {
    if (lines.length === 0) return 0;
    return countedLineWrite(tenantId, segmentNo, async () => {
      const lineNos = lines.map((l) => l.lineNo);
      const { deletedCount } = await SegmentLineModel.deleteMany({ tenantId, segmentNo, lineNo: { $in: lineNos } });
      return { result: deletedCount, counted: deletedCount === lines.length ? tallyOf(lines, -1) : null };
    });
  },

  /** Takes out the lines a step added (undo), counting them as they are read. */
  async removeAddedInStep(tenantId: string, segmentNo: string, stepNo: number): Promise<number> {
    return countedLineWrite(tenantId, segmentNo, async () => {
      let tally = tallyOf([]);
      for await (const lines of this.inStoredOrder(tenantId, segmentNo, 1000, { addedInStep: stepNo }))
        tally = addTallies(tally, tallyOf(lines, -1));
      const { deletedCount } = await SegmentLineModel.deleteMany({ tenantId, segmentNo, addedInStep: stepNo });
      return { result: deletedCount, counted: deletedCount === -tally.lines ? tally : null };
    });
  },

  removeAll: async (tenantId: string, segmentNo: string, keyedLines: boolean | undefined) => {
    if (keyedLines) await removeKeyedLines(tenantId, segmentNo);
    else await SegmentLineModel.deleteMany(allLines(tenantId, segmentNo, keyedLines));
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
