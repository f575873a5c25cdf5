// The resource types come from the server's schemas: one source for both sides.
export type { Contact, CreateContactInput, ContactListFilter } from '../../../server/src/contacts/domain/contact-schema';
export type { Salesperson } from '../../../server/src/contacts/domain/salesperson-schema';
export type { InteractionGroup } from '../../../server/src/templates/domain/interaction-group-schema';
export type { InteractionTemplate, InformationFlow, InitiatedBy } from '../../../server/src/templates/domain/interaction-template-schema';
export type { InteractionTemplateSetup } from '../../../server/src/templates/domain/interaction-template-setup-schema';
export type { CorrespondenceType, MarketingSetup } from '../../../server/src/setup/domain/marketing-setup-schema';
export type {
  InteractionLogEntry,
  CreateInteractionInput,
  ResumeInteractionInput,
  PatchInteractionLogEntryInput,
  InteractionLogEntryListQuery,
  Evaluation,
  Source,
} from '../../../server/src/interactions/domain/interaction-log-entry-schema';
export type { MeetingAttendees, Attendee } from '../../../server/src/meetings/domain/meeting-schema';
export type { ClientConfig } from '../../../server/src/service/routes/service-routes';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
