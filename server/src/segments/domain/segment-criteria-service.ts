import { businessRule, conflict, notFound } from '../../lib/errors/app-error';
import { contactLookup } from '../../contacts';
import { interactionLogEntries } from '../../interactions';
import { savedCriteriaRepository, loggedSegmentRepository } from '../data-access/logged-segment-repository';
import { segmentLineRepository, type StoredLine } from '../data-access/segment-line-repository';
import { segmentRepository, type SegmentHeader } from '../data-access/segment-repository';
import type {
  CriteriaAction,
  CriteriaFilter,
  CriteriaInput,
  CriteriaStep,
  SavedSegmentCriteria,
} from './segment-criteria-schema';
import { loadEditableSegment } from './segment-service';
import { contactSnapshot, lineFromContact } from './segment-line-values';

const BATCH = 1000;

export interface CriteriaResult {
  noOfLines: number;
  changed: number;
}

async function addContacts(
  tenantId: string,
  segmentNo: string,
  stepNo: number,
  filter: CriteriaFilter,
  allowExisting: boolean,
): Promise<number> {
  let changed = 0;
  for await (const contacts of contactLookup.matching(tenantId, filter, BATCH)) {
    // Contacts already in the segment are refused by its unique index; they are only looked up to refresh them.
    const present = allowExisting
      ? await segmentLineRepository.contactNosIn(
          tenantId,
          segmentNo,
          contacts.map((c) => c.no),
        )
      : new Set<string>();
    changed += await segmentLineRepository.insertLines(
      tenantId,
      segmentNo,
      contacts.filter((c) => !present.has(c.no)).map((c) => lineFromContact(c, stepNo)),
    );
    for (const contact of contacts.filter((c) => present.has(c.no))) {
      await segmentLineRepository.refreshContact(tenantId, segmentNo, contact.no, contactSnapshot(contact));
      changed++;
    }
  }
  return changed;
}

/** Reduce takes the matching lines out; refine keeps only the matching lines. */
async function removeLines(
  tenantId: string,
  segmentNo: string,
  stepNo: number,
  filter: CriteriaFilter,
  keepMatching: boolean,
): Promise<number> {
  let changed = 0;
  for await (const lines of segmentLineRepository.inStoredOrder(tenantId, segmentNo, BATCH)) {
    const matching = new Set<string>();
    const candidates = intersect(
      filter.contactNos,
      lines.map((l) => l.contactNo),
    );
    if (candidates.length > 0) {
      for await (const contacts of contactLookup.matching(tenantId, { ...filter, contactNos: candidates }, BATCH)) {
        contacts.forEach((c) => matching.add(c.no));
      }
    }
    const out: StoredLine[] = lines.filter((l) => matching.has(l.contactNo) !== keepMatching);
    await segmentLineRepository.keepRemoved(tenantId, segmentNo, stepNo, out);
    changed += await segmentLineRepository.remove(tenantId, segmentNo, out);
  }
  return changed;
}

/** The segment's lines now (its header read again: the step has changed its counts). */
async function noOfLines(tenantId: string, segmentNo: string): Promise<number> {
  return segmentLineRepository.noOfLines(
    tenantId,
    (await segmentRepository.get(tenantId, segmentNo)) ?? { no: segmentNo },
  );
}

function intersect(filterNos: string[] | undefined, lineNos: string[]): string[] {
  if (!filterNos) return lineNos;
  const wanted = new Set(filterNos.map((n) => n.toUpperCase()));
  return lineNos.filter((n) => wanted.has(n));
}

/** Applies one add/reduce/refine step and records it, so that it can be undone and saved. */
async function applyStep(
  tenantId: string,
  segment: SegmentHeader,
  action: CriteriaAction,
  filter: CriteriaFilter,
  allowExisting: boolean,
): Promise<CriteriaResult> {
  const stepNo = segment.lastStepNo + 1;
  const step: CriteriaStep = { stepNo, action, filter, allowExisting, changed: 0 };
  await segmentRepository.pushStep(tenantId, segment.no, step);
  segment.steps = [...segment.steps, step];
  segment.lastStepNo = stepNo;
  step.changed =
    action === 'add'
      ? await addContacts(tenantId, segment.no, stepNo, filter, allowExisting)
      : await removeLines(tenantId, segment.no, stepNo, filter, action === 'refine');
  await segmentRepository.setStepChanged(tenantId, segment.no, segment.steps);
  return { noOfLines: await noOfLines(tenantId, segment.no), changed: step.changed };
}

export async function applyCriteria(
  tenantId: string,
  no: string,
  action: CriteriaAction,
  input: CriteriaInput,
): Promise<CriteriaResult> {
  const segment = await loadEditableSegment(tenantId, no);
  return applyStep(tenantId, segment, action, input.filter, input.allowExisting ?? false);
}

export async function undoLastStep(
  tenantId: string,
  no: string,
): Promise<CriteriaResult & { undoneStep: CriteriaStep }> {
  const segment = await loadEditableSegment(tenantId, no);
  const step = segment.steps[segment.steps.length - 1];
  if (!step) throw conflict(`Segment ${segment.no} has no criteria step to undo.`);
  let changed = 0;
  if (step.action === 'add') {
    changed = await segmentLineRepository.removeAddedInStep(tenantId, segment.no, step.stepNo);
  } else {
    for await (const lines of segmentLineRepository.removedInStep(tenantId, segment.no, step.stepNo, BATCH)) {
      await segmentLineRepository.restoreLines(tenantId, segment.no, lines);
      changed += lines.length;
    }
    await segmentLineRepository.forgetRemovedInStep(tenantId, segment.no, step.stepNo);
  }
  await segmentRepository.setStepChanged(tenantId, segment.no, segment.steps.slice(0, -1));
  return { noOfLines: await noOfLines(tenantId, segment.no), changed, undoneStep: step };
}

export async function saveCriteria(
  tenantId: string,
  no: string,
  input: { code: string; description?: string },
): Promise<SavedSegmentCriteria> {
  const segment = await loadEditableSegment(tenantId, no);
  if (segment.steps.length === 0) throw businessRule(`Segment ${segment.no} has no criteria steps to save.`);
  const saved = {
    code: input.code.toUpperCase(),
    description: input.description ?? segment.description,
    steps: segment.steps.map(({ action, filter, allowExisting }) => ({ action, filter, allowExisting })),
  };
  return savedCriteriaRepository.insert(tenantId, saved);
}

export async function reuseCriteria(tenantId: string, no: string, code: string): Promise<CriteriaResult> {
  const segment = await loadEditableSegment(tenantId, no);
  const saved = await savedCriteriaRepository.get(tenantId, code.toUpperCase());
  if (!saved)
    throw businessRule(`Saved segment criteria ${code.toUpperCase()} do not exist.`, {
      errors: [{ path: '/body/code', message: 'names no saved criteria' }],
    });
  let changed = 0;
  let result: CriteriaResult = { noOfLines: 0, changed: 0 };
  for (const step of saved.steps) {
    result = await applyStep(tenantId, segment, step.action, step.filter, step.allowExisting);
    changed += result.changed;
  }
  return { noOfLines: result.noOfLines, changed };
}

export async function reuseLoggedSegment(
  tenantId: string,
  no: string,
  loggedSegmentEntryNo: number,
): Promise<CriteriaResult> {
  const segment = await loadEditableSegment(tenantId, no);
  if (!(await loggedSegmentRepository.get(tenantId, loggedSegmentEntryNo))) {
    throw businessRule(`Logged segment ${loggedSegmentEntryNo} does not exist.`, {
      errors: [{ path: '/body/loggedSegmentEntryNo', message: 'names no logged segment' }],
    });
  }
  const contactNos = new Set<string>();
  for await (const batch of interactionLogEntries.contactNos(tenantId, { loggedSegmentEntryNo }, BATCH))
    batch.forEach((n) => contactNos.add(n));
  if (contactNos.size === 0) return { noOfLines: await noOfLines(tenantId, segment.no), changed: 0 };
  return applyStep(tenantId, segment, 'add', { contactNos: [...contactNos] }, false);
}

export async function listSavedCriteria(tenantId: string, page: { limit: number; cursor?: string }) {
  return savedCriteriaRepository.list(tenantId, page);
}

export async function getSavedCriteria(tenantId: string, code: string) {
  const saved = await savedCriteriaRepository.get(tenantId, code.toUpperCase());
  if (!saved) throw notFound('Saved segment criteria', code.toUpperCase());
  return saved;
}
