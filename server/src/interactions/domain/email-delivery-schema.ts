import { Type, type Static } from '@sinclair/typebox';
import { CodeSchema, DateTimeSchema, EntryNoSchema } from '../../lib/schema/common-schema';

export const deliveryStatuses = ['pending', 'sending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/**
 * How the email of an entry logged with correspondence type email went out (a segment
 * logged with `deliver`): pending until sent, failed after the last attempt or a refusal.
 */
export const EmailDeliverySchema = Type.Object({
  status: Type.Union(deliveryStatuses.map((s) => Type.Literal(s))),
  attempts: Type.Integer({ minimum: 0 }),
  lastError: Type.String({ description: 'Why the last attempt failed; empty once sent' }),
  sentAt: Type.Union([DateTimeSchema, Type.Null()]),
});
export type EmailDelivery = Static<typeof EmailDeliverySchema>;

/** The delivery as stored: what the sender needs to resume without sending twice. */
export interface StoredEmailDelivery extends Omit<EmailDelivery, 'sentAt'> {
  sentAt: Date | null;
  /** Claimable from then on: the next retry, or the end of a sender's claim. */
  nextAttemptAt: Date;
  /** The Graph draft made for this entry; once sent it is gone from the drafts. */
  draftId?: string;
}

export const toPublicDelivery = ({ status, attempts, lastError, sentAt }: StoredEmailDelivery): EmailDelivery => ({
  status,
  attempts,
  lastError,
  sentAt: sentAt ? new Date(sentAt).toISOString() : null,
});

/** An email that failed, or waits for a retry after a failed attempt, and why. */
export const DeliveryProblemSchema = Type.Object({
  entryNo: EntryNoSchema,
  contactNo: CodeSchema,
  contactName: Type.String(),
  status: Type.Union(deliveryStatuses.map((s) => Type.Literal(s))),
  attempts: Type.Integer({ minimum: 0 }),
  lastError: Type.String(),
});
export type DeliveryProblem = Static<typeof DeliveryProblemSchema>;
