import { cursorBatches } from '../../lib/db/cursor-batches';
import { createLookupChain } from '../../lib/db/lookup-chain';
import { ContactModel } from './contact-model';

const chain = createLookupChain('company-by-domain', {
  async *backfill(tenantId) {
    const rows = ContactModel.find(
      { tenantId, type: 'company', emailDomain: { $gt: '' } },
      { _id: 0, no: 1, emailDomain: 1 },
    )
      .lean<{ no: string; emailDomain: string }>()
      .cursor({ batchSize: 1000 });
    for await (const batch of cursorBatches(rows, 1000))
      yield batch.map((row) => ({ key: row.emailDomain, target: row.no }));
  },
});

/** The domain of an address, lower case; '' without one. */
export const emailDomainOf = (email: string) => {
  const lower = email.toLowerCase();
  return lower.includes('@') ? lower.split('@')[1]! : '';
};

/**
 * Email domain → the numbers of the company contacts that had an address there, kept on every contact write, so the
 * company of an address (the pane's new-contact form, unknown correspondents) is a few reads by `_id` instead of a
 * scan of the contacts. A company whose address or type changed since stays linked; readers check the contact.
 */
export const companyDomainLookup = {
  link: (tenantId: string, contacts: Array<{ no: string; type: string; email: string }>) =>
    chain.addMany(
      tenantId,
      contacts
        .filter((c) => c.type === 'company' && emailDomainOf(c.email))
        .map((c) => ({ key: emailDomainOf(c.email), target: c.no })),
    ),

  companyNos: (tenantId: string, domain: string) => chain.targets(tenantId, domain),
};
