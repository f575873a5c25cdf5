import { businessRule } from '../../lib/errors/app-error';
import type { Contact } from '../../contacts';
import { createInteraction, type CreateInteractionInput } from '../../interactions';
import { getInteractionTemplateSetup, receivedEmailTemplate } from '../../templates';
import type { CreateContactFromCorrespondentInput, KeptItem, KeptItemKind } from './unknown-correspondent-schema';

type Templates = Record<KeptItemKind, string>;

/** The templates to record kept items with: the caller's, else the interaction template setup's. */
export async function templatesFor(
  tenantId: string,
  items: KeptItem[],
  given: CreateContactFromCorrespondentInput['templates'] = {},
): Promise<Templates> {
  const setup = await getInteractionTemplateSetup(tenantId);
  const templates: Templates = {
    sent: (given.sent ?? setup.emails).toUpperCase(),
    received: (given.received ?? receivedEmailTemplate(setup)).toUpperCase(),
    meeting: (given.meeting ?? setup.meetingInvitation).toUpperCase(),
  };
  const missing = [...new Set(items.map((item) => item.kind))].filter((kind) => !templates[kind]);
  if (missing.length)
    throw businessRule('No template to record the missed interactions with.', {
      errors: missing.map((kind) => ({
        path: `/body/templates/${kind}`,
        message: 'names no template, nor does the interaction template setup',
      })),
    });
  return templates;
}

/**
 * The interaction of a kept item, keyed as the pane, the on-send event and automatic recording key it (the email's
 * or meeting's id; the send's key for an item kept while it was sent), so that it is recorded once whoever comes
 * first.
 */
function interactionOf(item: KeptItem, contact: Contact, templateCode: string) {
  const common = { contactNo: contact.no, templateCode, ...(item.subject ? { subject: item.subject } : {}) };
  if (item.sendId && !item.internetMessageId) {
    // Kept by the on-send event, which keys its entries by the send (the message had no id yet).
    const input: CreateInteractionInput = { ...common, date: item.date, source: { type: 'email' } };
    return { input, key: `onsend:${item.sendId}:${encodeURIComponent(contact.no.toUpperCase())}` };
  }
  const ids = {
    ...(item.itemId ? { itemId: item.itemId } : {}),
    ...(item.internetMessageId ? { internetMessageId: item.internetMessageId } : {}),
    ...(item.iCalUId ? { iCalUId: item.iCalUId } : {}),
  };
  const source = { type: item.kind === 'meeting' ? ('meeting' as const) : ('email' as const), ...ids };
  const inbound = item.kind === 'received' ? { informationFlow: 'inbound' as const, initiatedBy: 'them' as const } : {};
  const input: CreateInteractionInput = { ...common, date: item.date, ...inbound, source };
  return { input, key: `uc:${item.itemId ?? ''}:${encodeURIComponent(contact.no.toUpperCase())}` };
}

/** Records each kept item once for the contact, as the user who met it; returns how many entries are new. */
export async function recordMissed(
  tenantId: string,
  contact: Contact,
  items: KeptItem[],
  templates: Templates,
): Promise<number> {
  let created = 0;
  for (const item of items) {
    const { input, key } = interactionOf(item, contact, templates[item.kind]);
    const result = await createInteraction({ tenantId, userId: item.userId }, input, key);
    if (result.created) created++;
  }
  return created;
}
