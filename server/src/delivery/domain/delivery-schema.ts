import { Type, type Static } from '@sinclair/typebox';
import { EntryNoSchema } from '../../lib/schema/common-schema';
import { DeliveryProblemSchema } from '../../interactions/domain/email-delivery-schema';

export type { DeliveryProblem } from '../../interactions/domain/email-delivery-schema';

const Count = Type.Integer({ minimum: 0 });

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
