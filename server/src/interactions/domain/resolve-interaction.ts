import type { Contact } from '../../contacts';
import type { MarketingSetup } from '../../setup';
import type { InteractionTemplate } from '../../templates';
import type { InteractionInput, InteractionLogEntry } from './interaction-log-entry-schema';

export type EntryDraft = Omit<InteractionLogEntry, 'entryNo' | 'createdAt'>;

export interface ResolveContext {
  template: InteractionTemplate;
  contact: Contact;
  setup: MarketingSetup;
  userId: string;
  now: Date;
  postponed?: boolean;
  segmentNo?: string;
  loggedSegmentEntryNo?: number | null;
  /** Salespeople's names by code, for the name copied onto the entry. */
  salespersonNames?: ReadonlyMap<string, string>;
}

/**
 * Business Central's defaults for an interaction log entry: what the caller gave wins,
 * then the interaction template, then the contact, then the marketing setup.
 */
export function resolveInteraction(input: Omit<InteractionInput, 'contactNo'>, ctx: ResolveContext): EntryDraft {
  const { template, contact, setup } = ctx;
  const contactCorrespondence = template.ignoreContactCorrespondenceType ? '' : contact.correspondenceType;
  const salespersonCode = (input.salespersonCode ?? contact.salespersonCode).toUpperCase();
  return {
    contactNo: contact.no,
    contactName: contact.name,
    contactCompanyNo: contact.type === 'company' ? contact.no : contact.companyNo,
    contactCompanyName: contact.type === 'company' ? contact.name : contact.companyName,
    date: input.date ?? ctx.now.toISOString(),
    description: input.description ?? template.description,
    interactionGroupCode: template.interactionGroupCode,
    templateCode: template.code,
    templateDescription: template.description,
    informationFlow: input.informationFlow ?? template.informationFlow,
    initiatedBy: input.initiatedBy ?? template.initiatedBy,
    cost: input.cost ?? template.unitCost,
    durationMin: input.durationMin ?? template.unitDurationMin,
    evaluation: input.evaluation ?? '',
    attemptFailed: input.attemptFailed ?? false,
    comment: input.comment ?? '',
    ...(input.personalNote ? { personalNote: input.personalNote } : {}),
    postponed: ctx.postponed ?? false,
    canceled: false,
    salespersonCode,
    salespersonName: ctx.salespersonNames?.get(salespersonCode) ?? '',
    subject: input.subject ?? '',
    correspondenceType:
      input.correspondenceType ??
      (contactCorrespondence || template.correspondenceType || setup.defaultCorrespondenceType),
    languageCode: (
      input.languageCode ??
      (template.languageCode || contact.languageCode || setup.defaultLanguageCode)
    ).toUpperCase(),
    campaignNo: (input.campaignNo ?? template.campaignNo).toUpperCase(),
    opportunityNo: (input.opportunityNo ?? '').toUpperCase(),
    segmentNo: ctx.segmentNo ?? '',
    loggedSegmentEntryNo: ctx.loggedSegmentEntryNo ?? null,
    source: input.source ?? { type: 'manual' },
    userId: ctx.userId,
  };
}
