import { createGroupCommit } from '../../lib/db/group-commit';
import type { InteractionLogEntry } from '../domain/interaction-log-entry-schema';
import { interactionLogEntryRepository, type KeyedDraft } from './interaction-log-entry-repository';

const submit = createGroupCommit<KeyedDraft, InteractionLogEntry | null>({
  write: async (tenantId, drafts) =>
    (await interactionLogEntryRepository.insertEach(tenantId, drafts)).map((value) => ({ value })),
});

/**
 * Inserts one entry together with the other entries of the tenant being recorded at the same
 * moment (one number reservation and one bulk insert for them all); answers with the entry, or
 * null when its request key was stored already (a retry, or a concurrent request for it).
 */
export const insertEntry = (tenantId: string, draft: KeyedDraft) => submit(tenantId, draft);
