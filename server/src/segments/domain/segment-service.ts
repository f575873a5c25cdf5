import { randomUUID } from 'node:crypto';
import { AppError, businessRule, conflict, notFound } from '../../lib/errors/app-error';
import { contactLookup, salespersonLookup, salespersonOfUser } from '../../contacts';
import { createWithNextNumber, getMarketingSetup } from '../../setup';
import { templateLookup } from '../../templates';
import { segmentLineRepository, type StoredLine } from '../data-access/segment-line-repository';
import { segmentRepository, type SegmentHeader } from '../data-access/segment-repository';
import { lineFromContact, toSegmentLine, type UnnamedLine } from './segment-line-values';
import { withLineNames } from './segment-line-names';
import { finishLineRemovals } from './segment-line-removal';
import type { CreateSegmentLineInput, LineOverrides, PatchSegmentLineInput, SegmentLine } from './segment-line-schema';
import {
  emptySegmentInteraction,
  type CreateSegmentInput,
  type PatchSegmentInput,
  type Segment,
  type SegmentInteraction,
} from './segment-schema';

const today = () => new Date().toISOString().slice(0, 10);

export async function loadSegment(tenantId: string, no: string): Promise<SegmentHeader> {
  const segment = await segmentRepository.get(tenantId, no.toUpperCase());
  if (!segment) throw notFound('Segment', no.toUpperCase());
  return segment;
}

/** A segment being logged accepts no changes until the logging has finished. */
export async function loadEditableSegment(tenantId: string, no: string): Promise<SegmentHeader> {
  const segment = await loadSegment(tenantId, no);
  if (segment.logging) throw conflict(`Segment ${segment.no} is being logged and cannot be changed.`);
  return segment;
}

async function toSegment(tenantId: string, header: SegmentHeader): Promise<Segment & { version: number }> {
  const interaction = { ...emptySegmentInteraction, ...header.interaction };
  const [salesperson, template, noOfLines] = await Promise.all([
    header.salespersonCode ? salespersonLookup.get(tenantId, header.salespersonCode) : null,
    interaction.templateCode ? templateLookup.get(tenantId, interaction.templateCode) : null,
    segmentLineRepository.noOfLines(tenantId, header),
  ]);
  return {
    no: header.no,
    description: header.description,
    salespersonCode: header.salespersonCode,
    salespersonName: salesperson?.name ?? '',
    date: header.date,
    interaction,
    templateDescription: template?.description ?? '',
    noOfLines,
    noOfCriteriaSteps: header.steps.length,
    version: header.version ?? 0,
  };
}

/** Setting the header's template fills the interaction fields the caller did not give from that template. */
async function resolveHeaderInteraction(
  tenantId: string,
  current: SegmentInteraction,
  changes: Partial<SegmentInteraction> = {},
): Promise<SegmentInteraction> {
  const next = { ...current, ...changes };
  for (const key of ['templateCode', 'languageCode', 'campaignNo'] as const) next[key] = next[key].toUpperCase();
  if (changes.templateCode !== undefined && next.templateCode && next.templateCode !== current.templateCode) {
    const template = await templateLookup.get(tenantId, next.templateCode);
    if (!template)
      throw businessRule(`Interaction template ${next.templateCode} does not exist.`, {
        errors: [{ path: '/body/interaction/templateCode', message: 'names no interaction template' }],
      });
    const fromTemplate: SegmentInteraction = {
      templateCode: template.code,
      description: template.description,
      subject: current.subject,
      correspondenceType: template.correspondenceType,
      languageCode: template.languageCode,
      informationFlow: template.informationFlow,
      initiatedBy: template.initiatedBy,
      unitCost: template.unitCost,
      unitDurationMin: template.unitDurationMin,
      campaignNo: template.campaignNo,
    };
    return { ...fromTemplate, ...changes, templateCode: template.code };
  }
  return next;
}

async function checkSalesperson(tenantId: string, code: string | undefined) {
  if (code && !(await salespersonLookup.exists(tenantId, code))) {
    throw businessRule(`Salesperson ${code} does not exist.`, {
      errors: [{ path: '/body/salespersonCode', message: 'names no salesperson' }],
    });
  }
}

/**
 * A new segment; without a salesperson it gets the user's (`userEmail`), as Business Central's segment header
 * takes the user's salesperson from the User Setup.
 */
export async function createSegment(
  tenantId: string,
  input: CreateSegmentInput,
  idempotencyKey?: string,
  userEmail = '',
): Promise<Segment> {
  const requestKey = idempotencyKey ? `idem:${idempotencyKey}` : randomUUID();
  const salespersonCode =
    input.salespersonCode?.toUpperCase() || ((await salespersonOfUser(tenantId, userEmail))?.code ?? '');
  await checkSalesperson(tenantId, salespersonCode);
  const interaction = await resolveHeaderInteraction(tenantId, emptySegmentInteraction, input.interaction);
  const insert = async (no: string) => {
    const existing = await segmentRepository.findByRequestKey(tenantId, requestKey);
    if (existing) return existing;
    // Lines a logged segment of this number left (a stopped run) go first: the new segment starts empty.
    await finishLineRemovals(tenantId, { segmentNo: no });
    return segmentRepository.insert(
      tenantId,
      { no, description: input.description ?? '', salespersonCode, date: input.date ?? today(), interaction },
      requestKey,
    );
  };
  const existing = await segmentRepository.findByRequestKey(tenantId, requestKey);
  if (existing) return toSegment(tenantId, existing);
  const header = input.no
    ? await insert(input.no.toUpperCase())
    : await createWithNextNumber(tenantId, (await getMarketingSetup(tenantId)).segmentNos, insert);
  return toSegment(tenantId, header);
}

export async function getSegment(tenantId: string, no: string): Promise<Segment> {
  return toSegment(tenantId, await loadSegment(tenantId, no));
}

export async function listSegments(tenantId: string, page: { limit: number; cursor?: string }) {
  const { items, nextCursor } = await segmentRepository.list(tenantId, page);
  return { items: await Promise.all(items.map((header) => toSegment(tenantId, header))), nextCursor };
}

/** `ifMatch`: the version the caller read; 412 when the header changed since (without it the last writer wins). */
export async function patchSegment(
  tenantId: string,
  no: string,
  input: PatchSegmentInput,
  ifMatch?: number,
): Promise<Segment> {
  const segment = await loadEditableSegment(tenantId, no);
  const changes: Partial<SegmentHeader> = {};
  if (input.description !== undefined) changes.description = input.description;
  if (input.date !== undefined) changes.date = input.date;
  if (input.salespersonCode !== undefined) {
    changes.salespersonCode = input.salespersonCode.toUpperCase();
    await checkSalesperson(tenantId, changes.salespersonCode);
  }
  if (input.interaction)
    changes.interaction = await resolveHeaderInteraction(
      tenantId,
      { ...emptySegmentInteraction, ...segment.interaction },
      input.interaction,
    );
  await segmentRepository.updateHeader(tenantId, segment.no, changes, ifMatch);
  return getSegment(tenantId, segment.no);
}

export async function deleteSegment(tenantId: string, no: string): Promise<void> {
  const segment = await loadEditableSegment(tenantId, no);
  await segmentLineRepository.removeAll(tenantId, segment.no, segment.keyedLines);
  await segmentRepository.remove(tenantId, segment.no);
}

export async function listSegmentLines(tenantId: string, no: string, page: { limit: number; cursor?: string }) {
  const segment = await loadSegment(tenantId, no);
  const { items, nextCursor } = await segmentLineRepository.list(tenantId, segment.no, page);
  const interaction = { ...emptySegmentInteraction, ...segment.interaction };
  return {
    items: await withLineNames(
      tenantId,
      items.map((line) => toSegmentLine(line, interaction)),
    ),
    nextCursor,
  };
}

/** A line that overrides the template takes the description of that template unless it gives its own. */
async function overridesFrom(
  tenantId: string,
  input: Partial<Record<keyof LineOverrides, string>>,
): Promise<LineOverrides> {
  const overrides: LineOverrides = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined) continue;
    (overrides as Record<string, string>)[field] = ['templateCode', 'languageCode'].includes(field)
      ? value.toUpperCase()
      : value;
  }
  if (overrides.templateCode) {
    const template = await templateLookup.get(tenantId, overrides.templateCode);
    if (!template)
      throw businessRule(`Interaction template ${overrides.templateCode} does not exist.`, {
        errors: [{ path: '/body/templateCode', message: 'names no interaction template' }],
      });
    overrides.description ??= template.description;
  }
  return overrides;
}

const namedLine = async (tenantId: string, line: UnnamedLine) => (await withLineNames(tenantId, [line]))[0]!;

async function getLine(tenantId: string, segment: SegmentHeader, lineNo: number): Promise<StoredLine> {
  const line = await segmentLineRepository.get(tenantId, segment.no, lineNo);
  if (!line) throw notFound(`Line of segment ${segment.no}`, lineNo);
  return line;
}

/** A contact already in the segment: the line exists, so the answer names it (not a change made meanwhile). */
const alreadyInSegment = (contactNo: string, segmentNo: string) =>
  new AppError('already-exists', 409, `Contact ${contactNo} is already in segment ${segmentNo}.`);

export async function addSegmentLine(
  tenantId: string,
  no: string,
  input: CreateSegmentLineInput,
): Promise<SegmentLine> {
  const segment = await loadEditableSegment(tenantId, no);
  const { contactNo, ...overrideInput } = input;
  const contact = await contactLookup.get(tenantId, contactNo.toUpperCase());
  if (!contact)
    throw businessRule(`Contact ${contactNo.toUpperCase()} does not exist.`, {
      errors: [{ path: '/body/contactNo', message: 'names no contact' }],
    });
  const overrides = await overridesFrom(tenantId, overrideInput);
  // Checked before a line number is reserved, so that the refused request changes nothing.
  const alreadyIn = await segmentLineRepository.contactNosIn(tenantId, segment.no, [contact.no]);
  if (alreadyIn.size > 0) throw alreadyInSegment(contact.no, segment.no);
  const inserted = await segmentLineRepository.insertLines(tenantId, segment.no, [
    lineFromContact(contact, 0, overrides),
  ]);
  if (inserted === 0) throw alreadyInSegment(contact.no, segment.no);
  const line = await findLineByContact(tenantId, segment.no, contact.no);
  return namedLine(tenantId, toSegmentLine(line!, { ...emptySegmentInteraction, ...segment.interaction }));
}

async function findLineByContact(tenantId: string, segmentNo: string, contactNo: string): Promise<StoredLine | null> {
  for await (const batch of segmentLineRepository.batches(tenantId, segmentNo, 1, { contactNo })) return batch[0];
  return null;
}

export async function patchSegmentLine(
  tenantId: string,
  no: string,
  lineNo: number,
  input: PatchSegmentLineInput,
  ifMatch?: number,
): Promise<SegmentLine> {
  const segment = await loadEditableSegment(tenantId, no);
  const line = await getLine(tenantId, segment, lineNo);
  const { resetOverrides = [], personalNote, ...changes } = input;
  const overrides: LineOverrides = { ...line.overrides, ...(await overridesFrom(tenantId, changes)) };
  for (const field of resetOverrides) delete overrides[field];
  const note = personalNote === undefined ? {} : { personalNote: personalNote.replace(/\r\n?/g, '\n').trim() };
  await segmentLineRepository.setOverrides(tenantId, segment.no, line, overrides, ifMatch, note);
  return namedLine(
    tenantId,
    toSegmentLine(await getLine(tenantId, segment, lineNo), { ...emptySegmentInteraction, ...segment.interaction }),
  );
}

export async function deleteSegmentLine(tenantId: string, no: string, lineNo: number): Promise<void> {
  const segment = await loadEditableSegment(tenantId, no);
  const line = await getLine(tenantId, segment, lineNo);
  await segmentLineRepository.remove(tenantId, segment.no, [line]);
}
