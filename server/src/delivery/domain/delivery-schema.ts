import { Type, type Static } from '@sinclair/typebox';
import { CodeSchema, EntryNoSchema } from '../../lib/schema/common-schema';
import { deliveryStatuses } from '../../interactions/domain/email-delivery-schema';

const Count = Type.Integer({ minimum: 0 });

export const DeliveryProblemSchema = Type.Object({
  entryNo: EntryNoSchema,
  contactNo: CodeSchema,
  contactName: Type.String(),
  status: Type.Union(deliveryStatuses.map((s) => Type.Literal(s))),
  attempts: Count,
  lastError: Type.String(),
});
export type DeliveryProblem = Static<typeof DeliveryProblemSchema>;

/** How the emails of a logged segment went out. */
export const DeliverySummarySchema = Type.Object({
  loggedSegmentEntryNo: EntryNoSchema,
  pending: Count,
  sending: Count,
  sent: Count,
  failed: Count,
  running: Type.Boolean({ description: 'A sender is at work on them now' }),
  problems: Type.Array(DeliveryProblemSchema, {
    description: 'Up to 100 failed emails, and pending ones waiting for a retry, with why',
  }),
});
export type DeliverySummary = Static<typeof DeliverySummarySchema>;
