import type { RequestContext } from '../../lib/http/request-context';
import { businessRule, notFound } from '../../lib/errors/app-error';
import { resolveInteraction, type EntryDraft } from '../../interactions';
import { salespersonNames } from '../../contacts';
import { getMarketingSetup } from '../../setup';
import { templateLookup } from '../../templates';
import { segmentLineRepository } from '../data-access/segment-line-repository';
import { entryDate } from './segment-entry-date';
import { lineInteractionInput } from './segment-line-interaction';
import { contactFromLine } from './segment-line-values';
import { emptySegmentInteraction } from './segment-schema';
import { loadSegment } from './segment-service';

/** The entry logging the segment now would write for one line, as logging resolves it; nothing is written. */
export async function lineEntryDraft(ctx: RequestContext, no: string, lineNo: number): Promise<EntryDraft> {
  const { tenantId } = ctx;
  const segment = await loadSegment(tenantId, no);
  const line = await segmentLineRepository.get(tenantId, segment.no, lineNo);
  if (!line) throw notFound(`Line of segment ${segment.no}`, lineNo);
  const header = { ...emptySegmentInteraction, ...segment.interaction };
  const now = new Date();
  const input = lineInteractionInput(line, header, {
    date: entryDate(segment.date, now),
    salespersonCode: segment.salespersonCode,
  });
  const template = input.templateCode ? await templateLookup.get(tenantId, input.templateCode) : null;
  if (!template) throw businessRule(`Line ${lineNo} of segment ${segment.no} has no interaction template.`);
  return resolveInteraction(input, {
    template,
    contact: contactFromLine(line),
    setup: await getMarketingSetup(tenantId),
    userId: ctx.userId,
    now,
    segmentNo: segment.no,
    salespersonNames: await salespersonNames(tenantId, [segment.salespersonCode, line.contactSalespersonCode ?? '']),
  });
}
