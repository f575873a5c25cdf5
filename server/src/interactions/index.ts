// Interaction log entries: this component owns their collection. Other components write and read
// entries only through what is exported here.
import { interactionLogEntryRepository } from './data-access/interaction-log-entry-repository';
import { entryLinks } from './data-access/entry-links';

export { createInteraction } from './domain/interaction-service';
export { postponedForItem } from './domain/postponed-for-item';
export { resolveInteraction, type EntryDraft } from './domain/resolve-interaction';
export { ENTRY_HEADER, RECORDED_HEADER } from './domain/interlog-headers';
export { entryExportStrings } from './domain/export-strings';
export { valueNamer } from './domain/entry-export';
export type {
  CreateInteractionInput,
  InteractionInput,
  InteractionLogEntry,
} from './domain/interaction-log-entry-schema';
export type { KeyedDraft } from './data-access/interaction-log-entry-repository';
export { letterEntries, type LetterEntry } from './data-access/letter-entry-repository';
export { entryFacts, factsOfChanges, type FactsFilter, type RecordField } from './data-access/entry-facts';
export { entryChanges, PENDING_MARK_MS, type ChangeMark, type ChangeRef } from './data-access/entry-changes';
export { emailEntries, type ClaimedEmail, type DeliveryItem } from './data-access/email-entry-repository';

/** After a segment is logged (after a crash, at the next): its entries' contact links, kept as to-dos until then. */
export const settleEntryLinks = (tenantId: string) => entryLinks.settle(tenantId);

/** The entries of logged segments: written in numbered batches by request key, counted, canceled together. */
export const interactionLogEntries: Pick<
  typeof interactionLogEntryRepository,
  'existingRequestKeys' | 'insertNumbered' | 'entryNumbers' | 'count' | 'contactNos' | 'setCanceled'
> = interactionLogEntryRepository;
