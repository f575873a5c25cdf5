import { notFound } from '../../lib/errors/app-error';
import { contactLookup } from '../../contacts';
import { resolveInteraction, type EntryDraft } from '../../interactions';
import { getMarketingSetup } from '../../setup';
import { templateLookup, type InteractionTemplate } from '../../templates';
import { segmentLineRepository } from '../data-access/segment-line-repository';
import { segmentRepository } from '../data-access/segment-repository';
import { entryDate } from './segment-entry-date';
import { lineInteractionInput } from './segment-line-interaction';
import { contactFromLine } from './segment-line-values';
import { emptySegmentInteraction } from './segment-schema';

const BATCH = 500;
/** Lines listed by name when they cannot be logged; the rest are counted. */
const LISTED = 20;

export interface UnloggableLine {
  lineNo: number;
  contactNo: string;
  contactName: string;
}

/** What logging the segment now would record, read without writing anything. */
export interface SegmentLogPlan {
  segmentNo: string;
  noOfLines: number;
  /** Lines with no interaction template (on the line or the segment): logging is refused while there are any. */
  linesWithoutTemplate: { count: number; lines: UnloggableLine[] };
  /** Template codes the lines use that do not exist. */
  missingTemplates: string[];
  /** Entries that would be emails (correspondence type email), per template. */
  emails: { count: number; withoutAddress: number; templateCodes: string[]; first: EntryDraft | null };
}

/** Walks the segment's lines as logging would, resolving each line's entry, and reports what it would make. */
export async function planSegmentLog(tenantId: string, userId: string, no: string): Promise<SegmentLogPlan> {
  const segmentNo = no.toUpperCase();
  const segment = await segmentRepository.get(tenantId, segmentNo);
  if (!segment) throw notFound('Segment', segmentNo);
  const header = { ...emptySegmentInteraction, ...segment.interaction };
  const setup = await getMarketingSetup(tenantId);
  const templates = new Map<string, InteractionTemplate | null>();
  const now = new Date();
  const date = entryDate(segment.date, now);
  const plan: SegmentLogPlan = {
    segmentNo,
    noOfLines: 0,
    linesWithoutTemplate: { count: 0, lines: [] },
    missingTemplates: [],
    emails: { count: 0, withoutAddress: 0, templateCodes: [], first: null },
  };
  for await (const lines of segmentLineRepository.batches(tenantId, segmentNo, BATCH)) {
    plan.noOfLines += lines.length;
    const wanted = [...new Set(lines.map((l) => l.overrides?.templateCode ?? header.templateCode))].filter(
      (c) => c && !templates.has(c),
    );
    const found = wanted.length ? await templateLookup.getMany(tenantId, wanted) : new Map();
    for (const code of wanted) templates.set(code, found.get(code) ?? null);
    const emailContactNos: string[] = [];
    for (const line of lines) {
      const input = lineInteractionInput(line, header, { date, salespersonCode: segment.salespersonCode });
      const template = input.templateCode ? templates.get(input.templateCode) : undefined;
      if (!template) {
        if (!input.templateCode) {
          plan.linesWithoutTemplate.count++;
          if (plan.linesWithoutTemplate.lines.length < LISTED)
            plan.linesWithoutTemplate.lines.push({
              lineNo: line.lineNo,
              contactNo: line.contactNo,
              contactName: line.contactName,
            });
        } else if (!plan.missingTemplates.includes(input.templateCode)) plan.missingTemplates.push(input.templateCode);
        continue;
      }
      const draft = resolveInteraction(input, {
        template,
        contact: contactFromLine(line),
        setup,
        userId,
        now,
        segmentNo,
      });
      if (draft.correspondenceType !== 'email') continue;
      plan.emails.count++;
      plan.emails.first ??= draft;
      if (!plan.emails.templateCodes.includes(draft.templateCode)) plan.emails.templateCodes.push(draft.templateCode);
      emailContactNos.push(draft.contactNo);
    }
    if (emailContactNos.length) {
      const contacts = await contactLookup.getMany(tenantId, [...new Set(emailContactNos)]);
      plan.emails.withoutAddress += emailContactNos.filter((c) => !contacts.get(c)?.email).length;
    }
  }
  return plan;
}
