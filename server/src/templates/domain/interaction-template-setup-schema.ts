import { Type, type Static } from '@sinclair/typebox';
import { OptionalCodeSchema } from '../../lib/schema/common-schema';

export const automaticInteractions = [
  'emails',
  'emailsReceived',
  'meetingInvitation',
  'outgoingCalls',
  'emailDraft',
  'salesQuotes',
  'salesInvoices',
] as const;
export type AutomaticInteraction = (typeof automaticInteractions)[number];

export const InteractionTemplateSetupSchema = Type.Object(
  Object.fromEntries(automaticInteractions.map((name) => [name, OptionalCodeSchema])) as Record<
    AutomaticInteraction,
    typeof OptionalCodeSchema
  >,
);
export type InteractionTemplateSetup = Static<typeof InteractionTemplateSetupSchema>;

export const PutInteractionTemplateSetupBody = Type.Partial(InteractionTemplateSetupSchema, {
  additionalProperties: false,
});
export type PutInteractionTemplateSetupInput = Static<typeof PutInteractionTemplateSetupBody>;

export const emptyTemplateSetup = Object.fromEntries(
  automaticInteractions.map((name) => [name, '']),
) as InteractionTemplateSetup;

/** The template for a received email: `emailsReceived`, else the one for emails (sent). */
export const receivedEmailTemplate = (setup: InteractionTemplateSetup) => setup.emailsReceived || setup.emails;
