import { cursorBatches } from '../../lib/db/cursor-batches';
import { createLookupChain } from '../../lib/db/lookup-chain';
import { ContactModel } from './contact-model';

/** The request key of a create sent with an Idempotency-Key (the only creates asked for again). */
export const idempotentRequestKey = (idempotencyKey: string) => `idem:${idempotencyKey}`;

const chain = createLookupChain('contact-by-request', {
  async *backfill(tenantId) {
    const rows = ContactModel.find({ tenantId, requestKey: /^idem:/ }, { _id: 0, no: 1, requestKey: 1 })
      .lean<{ no: string; requestKey: string }>()
      .cursor({ batchSize: 1000 });
    for await (const batch of cursorBatches(rows, 1000))
      yield batch.map((row) => ({ key: row.requestKey, target: row.no }));
  },
});

/**
 * An idempotent create's request key → the number of the contact it made, so a retried create finds its contact
 * by `_id` instead of scanning the contacts (FerretDB's SQLite backend scans `{tenantId, requestKey}`). Linked after
 * the contact is stored (a refused create leaves nothing); a create that stopped in between is found by its key's
 * collision (`contactRepository.insert`).
 */
export const contactRequestLookup = {
  link: (tenantId: string, requestKey: string, no: string) => chain.add(tenantId, requestKey, no),
  contactNos: (tenantId: string, requestKey: string) => chain.targets(tenantId, requestKey),
};
