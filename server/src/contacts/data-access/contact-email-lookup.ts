import { cursorBatches } from '../../lib/db/cursor-batches';
import { createLookupChain } from '../../lib/db/lookup-chain';
import { ContactModel } from './contact-model';

const chain = createLookupChain('contact-by-email', {
  async *backfill(tenantId) {
    const rows = ContactModel.find({ tenantId, emailLower: { $gt: '' } }, { _id: 0, no: 1, emailLower: 1 })
      .lean<{ no: string; emailLower: string }>()
      .cursor({ batchSize: 1000 });
    for await (const batch of cursorBatches(rows, 1000))
      yield batch.map((row) => ({ key: row.emailLower, target: row.no }));
  },
});

/**
 * Email address (lower case) → the numbers of the contacts that had it, kept on every contact
 * write, so finding contacts by email reads a few documents by `_id` instead of scanning the
 * contacts. A contact whose address changed since stays linked; readers check the address.
 */
export const contactEmailLookup = {
  link: (tenantId: string, contacts: Array<{ no: string; email: string }>) =>
    chain.addMany(
      tenantId,
      contacts.filter((c) => c.email).map((c) => ({ key: c.email.toLowerCase(), target: c.no })),
    ),

  contactNos: (tenantId: string, emailLower: string) => chain.targets(tenantId, emailLower),
};
