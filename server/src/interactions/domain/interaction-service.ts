import { randomUUID } from 'node:crypto';
import { AppError, businessRule, conflict, notFound } from '../../lib/errors/app-error';
import { hashRequest } from '../../lib/idempotency/idempotency-store';
import type { RequestContext } from '../../lib/http/request-context';
import { contactLookup, salespersonNames } from '../../contacts';
import { getMarketingSetupCached } from '../../setup';
import { templateLookup } from '../../templates';
import { interactionLogEntryRepository } from '../data-access/interaction-log-entry-repository';
import { insertEntry } from '../data-access/entry-group-commit';
import type {
  CreateInteractionInput,
  DeleteCanceledInput,
  InteractionLogEntry,
  InteractionLogEntryListQuery,
  PatchInteractionLogEntryInput,
  ResumeInteractionInput,
} from './interaction-log-entry-schema';
import { resolveInteraction } from './resolve-interaction';
import { withNames } from './entry-names';

async function loadReferences(tenantId: string, contactNo: string, templateCode: string, salespersonCode?: string) {
  const [contact, template, setup] = await Promise.all([
    contactLookup.cached(tenantId, contactNo.toUpperCase()),
    templateLookup.cached(tenantId, templateCode.toUpperCase()),
    getMarketingSetupCached(tenantId),
  ]);
  const problems = [];
  if (!contact) problems.push({ path: '/body/contactNo', message: `names no contact (${contactNo.toUpperCase()})` });
  if (!template)
    problems.push({
      path: '/body/templateCode',
      message: `names no interaction template (${templateCode.toUpperCase()})`,
    });
  const names = await salespersonNames(tenantId, [salespersonCode ?? '', contact?.salespersonCode ?? '']);
  if (salespersonCode && !names.has(salespersonCode.toUpperCase())) {
    problems.push({
      path: '/body/salespersonCode',
      message: `names no salesperson (${salespersonCode.toUpperCase()})`,
    });
  }
  if (problems.length) throw businessRule('The interaction refers to records that do not exist.', { errors: problems });
  return { contact: contact!, template: template!, setup, salespersonNames: names };
}

/**
 * The key of an interaction with one contact about one email or meeting: whoever records it
 * first (the pane, the on-send event, automatic recording) makes the entry, the others find it.
 */
export function sourceRequestKey(source: CreateInteractionInput['source'], contactNo: string): string | null {
  if (source?.internetMessageId) return `msg:${source.internetMessageId}|${contactNo.toUpperCase()}`;
  if (source?.iCalUId) return `ical:${source.iCalUId}|${contactNo.toUpperCase()}`;
  return null;
}

/** An entry for this contact that carries the email's id but was keyed otherwise (a segment's email). */
async function entryForSameEmail(tenantId: string, input: CreateInteractionInput): Promise<InteractionLogEntry | null> {
  if (!input.source?.internetMessageId) return null;
  const { items } = await interactionLogEntryRepository.list(
    tenantId,
    { internetMessageId: input.source.internetMessageId, contactNo: input.contactNo },
    { limit: 1 },
  );
  return items[0] ?? null;
}

/**
 * Records one interaction (or stores it as postponed). The entry is keyed by the email or
 * meeting it is about (one entry per contact and item, however often it is recorded), else by
 * the caller's Idempotency-Key, so a retry returns the first entry instead of making another.
 */
export async function createInteraction(
  ctx: Pick<RequestContext, 'tenantId' | 'userId'>,
  input: CreateInteractionInput,
  idempotencyKey?: string,
): Promise<{ entry: InteractionLogEntry; created: boolean }> {
  const sourceKey = input.postpone ? null : sourceRequestKey(input.source, input.contactNo);
  if (sourceKey) return createSourcedInteraction(ctx, input, sourceKey);
  const requestKey = idempotencyKey ? `idem:${idempotencyKey}` : `req:${randomUUID()}`;
  // Without a key nobody can send this request again: there is nothing to compare a retry with.
  const requestHash = idempotencyKey ? hashRequest('interaction', input) : '';
  const previous = idempotencyKey
    ? await interactionLogEntryRepository.findByRequestKey(ctx.tenantId, requestKey)
    : null;
  if (!previous) {
    const { contactNo, postpone, ...values } = input;
    const refs = await loadReferences(ctx.tenantId, contactNo, values.templateCode, values.salespersonCode);
    const draft = resolveInteraction(values, {
      ...refs,
      userId: ctx.userId,
      now: new Date(),
      postponed: postpone ?? false,
    });
    const entry = await insertEntry(ctx.tenantId, { requestKey, requestHash, draft });
    if (entry) return { entry: await named(ctx.tenantId, entry), created: true };
  }
  const stored = previous ?? (await interactionLogEntryRepository.findByRequestKey(ctx.tenantId, requestKey))!;
  if (stored.requestHash !== requestHash)
    throw new AppError(
      'idempotency-mismatch',
      422,
      'This Idempotency-Key was already used with a different interaction.',
    );
  if (!stored.entry) throw conflict('The interaction recorded with this Idempotency-Key has since been deleted.');
  return { entry: await named(ctx.tenantId, stored.entry), created: false };
}

async function createSourcedInteraction(
  ctx: Pick<RequestContext, 'tenantId' | 'userId'>,
  input: CreateInteractionInput,
  requestKey: string,
): Promise<{ entry: InteractionLogEntry; created: boolean }> {
  const existing =
    (await interactionLogEntryRepository.findByRequestKey(ctx.tenantId, requestKey))?.entry ??
    (await entryForSameEmail(ctx.tenantId, input));
  if (existing) return { entry: await named(ctx.tenantId, existing), created: false };
  const { contactNo, postpone: _postpone, ...values } = input;
  const refs = await loadReferences(ctx.tenantId, contactNo, values.templateCode, values.salespersonCode);
  const draft = resolveInteraction(values, { ...refs, userId: ctx.userId, now: new Date(), postponed: false });
  const entry = await insertEntry(ctx.tenantId, { requestKey, requestHash: '', draft });
  const stored = entry ? { entry } : await interactionLogEntryRepository.findByRequestKey(ctx.tenantId, requestKey);
  if (!stored?.entry) throw conflict('The interaction recorded for this email or meeting has since been deleted.');
  return { entry: await named(ctx.tenantId, stored.entry), created: entry !== null };
}

const named = async (tenantId: string, entry: InteractionLogEntry) => (await withNames(tenantId, [entry]))[0]!;

export async function getInteractionLogEntry(tenantId: string, entryNo: number): Promise<InteractionLogEntry> {
  const entry = await interactionLogEntryRepository.get(tenantId, entryNo);
  if (!entry) throw notFound('Interaction log entry', entryNo);
  return named(tenantId, entry);
}

export async function listInteractionLogEntries(ctx: RequestContext, query: InteractionLogEntryListQuery) {
  const { limit, cursor, mine, ...filter } = query;
  const page = await interactionLogEntryRepository.list(
    ctx.tenantId,
    { postponed: false, ...filter, ...(mine ? { userId: ctx.userId } : {}) },
    { limit: limit ?? 50, cursor },
  );
  return { ...page, items: await withNames(ctx.tenantId, page.items) };
}

export async function patchInteractionLogEntry(
  tenantId: string,
  entryNo: number,
  input: PatchInteractionLogEntryInput,
): Promise<InteractionLogEntry> {
  await getInteractionLogEntry(tenantId, entryNo);
  await interactionLogEntryRepository.update(tenantId, entryNo, input);
  return getInteractionLogEntry(tenantId, entryNo);
}

/** Finishes a postponed interaction with the values given now; the rest stay as saved. */
export async function resumeInteraction(
  ctx: RequestContext,
  entryNo: number,
  input: ResumeInteractionInput,
): Promise<InteractionLogEntry> {
  const saved = await getInteractionLogEntry(ctx.tenantId, entryNo);
  if (!saved.postponed) throw conflict(`Interaction log entry ${entryNo} is not postponed.`);
  const templateChanged = input.templateCode !== undefined && input.templateCode.toUpperCase() !== saved.templateCode;
  const kept = templateChanged
    ? {
        date: saved.date,
        subject: saved.subject,
        evaluation: saved.evaluation,
        attemptFailed: saved.attemptFailed,
        source: saved.source,
        opportunityNo: saved.opportunityNo,
      }
    : {
        date: saved.date,
        description: saved.description,
        salespersonCode: saved.salespersonCode,
        informationFlow: saved.informationFlow,
        initiatedBy: saved.initiatedBy,
        cost: saved.cost,
        durationMin: saved.durationMin,
        evaluation: saved.evaluation,
        attemptFailed: saved.attemptFailed,
        subject: saved.subject,
        correspondenceType: saved.correspondenceType,
        languageCode: saved.languageCode,
        campaignNo: saved.campaignNo,
        opportunityNo: saved.opportunityNo,
        source: saved.source,
      };
  const values = { ...kept, ...input, templateCode: input.templateCode ?? saved.templateCode };
  const refs = await loadReferences(ctx.tenantId, saved.contactNo, values.templateCode, input.salespersonCode);
  const {
    contactNo: _contactNo,
    userId: _userId,
    ...finished
  } = resolveInteraction(values, { ...refs, userId: saved.userId, now: new Date() });
  const changed = await interactionLogEntryRepository.update(
    ctx.tenantId,
    entryNo,
    { ...finished, date: new Date(finished.date), postponed: false },
    { postponed: true },
  );
  if (!changed) throw conflict(`Interaction log entry ${entryNo} is not postponed.`);
  return getInteractionLogEntry(ctx.tenantId, entryNo);
}

export async function deletePostponedInteraction(tenantId: string, entryNo: number): Promise<void> {
  const entry = await getInteractionLogEntry(tenantId, entryNo);
  if (!entry.postponed)
    throw conflict(
      `Interaction log entry ${entryNo} is not postponed; ` +
        'only postponed interactions can be deleted (cancel it instead).',
    );
  const deleted = await interactionLogEntryRepository.tombstone(tenantId, { entryNo, postponed: true });
  if (deleted === 0) throw conflict(`Interaction log entry ${entryNo} is not postponed.`);
}

/** How many entries match the list filters: what a batch (delete canceled) would touch. */
export async function countInteractionLogEntries(
  ctx: RequestContext,
  query: Omit<InteractionLogEntryListQuery, 'limit' | 'cursor'>,
): Promise<{ count: number }> {
  const { mine, ...filter } = query;
  return {
    count: await interactionLogEntryRepository.count(ctx.tenantId, {
      postponed: false,
      ...filter,
      ...(mine ? { userId: ctx.userId } : {}),
    }),
  };
}

export async function deleteCanceledEntries(
  tenantId: string,
  filter: DeleteCanceledInput,
): Promise<{ deleted: number }> {
  const deleted = await interactionLogEntryRepository.tombstone(tenantId, {
    postponed: false,
    ...filter,
    canceled: true,
  });
  return { deleted };
}
