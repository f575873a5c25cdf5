import { conflict } from '../../lib/errors/app-error';
import type { RequestContext } from '../../lib/http/request-context';
import { contactLookup, createContact, type Contact } from '../../contacts';
import { correspondentRepository } from '../data-access/correspondent-repository';
import { keptItemRepository } from '../data-access/kept-item-repository';
import { withAddressLease } from './address-lease';
import { companyForDomain } from './company-from-domain';
import { forgetCorrespondent } from './forget-correspondent';
import { recordMissed, templatesFor } from './missed-interactions';
import type { CreateContactFromCorrespondentInput } from './unknown-correspondent-schema';
import { listedCorrespondent } from './unknown-correspondent-service';

/**
 * Makes a listed address a contact: its name, the address, and the company of its domain (found or made). With
 * `recordMissed`, also records the kept items as its interactions, once each. Then the address leaves the list. A
 * retry after a failure part-way goes on with the contact made before and doubles nothing.
 */
export async function createContactFromCorrespondent(
  ctx: RequestContext,
  rawAddress: string,
  input: CreateContactFromCorrespondentInput,
) {
  const listed = await listedCorrespondent(ctx.tenantId, rawAddress);
  const { address } = listed;
  return withAddressLease(ctx.tenantId, address, async () => {
    const current = await listedCorrespondent(ctx.tenantId, address);
    const existing = await contactLookup.findByEmails(ctx.tenantId, [address]);
    const resumed = existing.find((c) => c.no === current.contactNo);
    if (existing.length > 0 && !resumed)
      throw conflict(`${address} is the address of contact ${existing[0].no} already.`, {
        errors: [{ path: '/params/address', message: 'is a contact’s address' }],
      });
    const items = input.recordMissed ? await keptItemRepository.list(ctx.tenantId, address) : [];
    const templates = await templatesFor(ctx.tenantId, items, input.templates);
    const isCompany = (resumed?.type ?? input.type) === 'company';
    const company = isCompany
      ? null
      : await companyOf(ctx.tenantId, address, resumed ? resumed.companyNo : input.companyNo);
    const contact =
      resumed ??
      (await createContact(
        ctx.tenantId,
        {
          name: input.name ?? (current.name || address),
          email: address,
          ...(input.type ? { type: input.type } : {}),
          ...(input.phone ? { phone: input.phone } : {}),
          ...(isCompany ? {} : { companyNo: input.companyNo ?? company?.no ?? '' }),
        },
        `uc-contact:${address}:${new Date(current.firstSeenAt).getTime()}`,
      ));
    await correspondentRepository.put(ctx.tenantId, { ...current, contactNo: contact.no });
    const recorded = await recordMissed(ctx.tenantId, contact, items, templates);
    await forgetCorrespondent(ctx.tenantId, address);
    return { contact, company, recorded };
  });
}

async function companyOf(tenantId: string, address: string, companyNo?: string): Promise<Contact | null> {
  if (companyNo === '') return null;
  if (companyNo) return (await contactLookup.get(tenantId, companyNo.toUpperCase())) ?? null;
  return companyForDomain(tenantId, address.split('@')[1] ?? '');
}
