import type { RequestContext } from '../../lib/http/request-context';
import { readAhead } from '../../lib/db/read-ahead';
import { interactionLogEntries, resolveInteraction, type KeyedDraft } from '../../interactions';
import { salespersonNames } from '../../contacts';
import { getMarketingSetup } from '../../setup';
import { templateLookup, type InteractionTemplate } from '../../templates';
import type { StoredLine } from '../data-access/segment-line-repository';
import { segmentLineRepository } from '../data-access/segment-line-repository';
import { segmentRepository, type SegmentHeader, type SegmentLogging } from '../data-access/segment-repository';
import { entryDate } from './segment-entry-date';
import { lineInteractionInput } from './segment-line-interaction';
import { contactFromLine } from './segment-line-values';
import { emptySegmentInteraction } from './segment-schema';
import { lineRequestKey } from './line-request-key';

export interface WrittenEntries {
  /** Entries of the logged segment, counting those an earlier attempt wrote. */
  logged: number;
  /** The hard-copy ones among them (the letters to make); null when an earlier attempt wrote some. */
  hardCopies: number | null;
}

/**
 * Entries go in `batchSize` at a time, and their links and change mark once for this many inserts: that
 * write costs a round trip and a commit of its own whatever its size (at 100k lines, a sixth of the time).
 */
const INSERTS_PER_ROUND = 2;

/** The progress a poll reads is written after a batch when the last was written this long ago, at least. */
const PROGRESS_MS = 500;

/** Writes one entry per line in bulk inserts of `batchSize`; lines logged by an earlier attempt are skipped. */
export async function writeEntries(
  ctx: RequestContext,
  segment: SegmentHeader,
  logging: SegmentLogging,
  resumed: boolean,
  batchSize: number,
  stillOurs: () => Promise<void>,
): Promise<WrittenEntries> {
  const { tenantId } = ctx;
  const header = { ...emptySegmentInteraction, ...segment.interaction };
  const setup = await getMarketingSetup(tenantId);
  const templates = new Map<string, InteractionTemplate>();
  const now = new Date();
  const date = entryDate(segment.date, now);
  const written: WrittenEntries = { logged: 0, hardCopies: resumed ? null : 0 };
  // A first run writes an entry per line: their numbers in one reservation (a resumed run reserves per batch).
  const numbers = resumed ? undefined : interactionLogEntries.entryNumbers(tenantId, logging.noOfLines ?? 0);

  async function draftsOf(lines: StoredLine[]): Promise<KeyedDraft[]> {
    let keyed = lines.map((line) => ({ line, requestKey: lineRequestKey(logging.loggedSegmentEntryNo, line.lineNo) }));
    if (resumed) {
      const done = await interactionLogEntries.existingRequestKeys(
        tenantId,
        keyed.map((k) => k.requestKey),
      );
      keyed = keyed.filter((k) => !done.has(k.requestKey));
      written.logged += done.size;
    }
    if (keyed.length === 0) return [];
    const wanted = [...new Set(keyed.map((k) => k.line.overrides?.templateCode ?? header.templateCode))].filter(
      (c) => !templates.has(c),
    );
    if (wanted.length) (await templateLookup.getMany(tenantId, wanted)).forEach((t, code) => templates.set(code, t));
    const names = await salespersonNames(tenantId, [
      segment.salespersonCode,
      ...keyed.map((k) => k.line.contactSalespersonCode ?? ''),
    ]);
    return keyed.map(({ line, requestKey }) => {
      const input = lineInteractionInput(line, header, { date, salespersonCode: segment.salespersonCode });
      const draft = resolveInteraction(input, {
        template: templates.get(input.templateCode)!,
        contact: contactFromLine(line),
        setup,
        userId: ctx.userId,
        now,
        segmentNo: segment.no,
        loggedSegmentEntryNo: logging.loggedSegmentEntryNo,
        salespersonNames: names,
      });
      return { requestKey, draft };
    });
  }

  let progressAt = 0;
  async function insert(drafts: KeyedDraft[]) {
    const inserted = await interactionLogEntries.insertNumbered(tenantId, drafts, {
      now,
      numbers,
      perInsert: batchSize,
    });
    written.logged += inserted;
    if (written.hardCopies !== null)
      written.hardCopies += drafts.filter((d) => d.draft.correspondenceType === 'hardCopy').length;
    await stillOurs();
    if (Date.now() - progressAt < PROGRESS_MS) return;
    progressAt = Date.now();
    await segmentRepository.update(tenantId, segment.no, { 'logging.logged': written.logged });
  }

  // The next round's lines are read while this one is written.
  const rounds = segmentLineRepository.inLineOrder(tenantId, segment, batchSize * INSERTS_PER_ROUND);
  for await (const lines of readAhead(rounds)) {
    const drafts = await draftsOf(lines);
    lines.length = 0; // the drafts have what they need: the lines are not kept while the round is written
    if (drafts.length) await insert(drafts);
  }
  return written;
}
