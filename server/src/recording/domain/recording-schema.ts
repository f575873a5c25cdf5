import { Type, type Static } from '@sinclair/typebox';
import { DateTimeSchema } from '../../lib/schema/common-schema';

/** Sent Items, the calendar, and (switched on separately) the Inbox: emails received from contacts. */
export const recordingKinds = ['emails', 'meetings', 'receivedEmails'] as const;
export type RecordingKind = (typeof recordingKinds)[number];

const NullableDateTime = Type.Union([DateTimeSchema, Type.Null()]);

export const MailboxRecordingSchema = Type.Object({
  enabled: Type.Boolean(),
  /** off: not asked for; active: subscribed; failing: notifications or renewal keep failing (see lastError). */
  status: Type.Union([Type.Literal('off'), Type.Literal('active'), Type.Literal('failing')]),
  templateCode: Type.String({
    description:
      'The template from the interaction template setup (emails / meetingInvitation / emailsReceived, else ' +
      'emails); empty: recording waits for one',
  }),
  subscriptionExpiresAt: NullableDateTime,
  lastNotificationAt: NullableDateTime,
  lastRecordedAt: NullableDateTime,
  recorded: Type.Integer({ minimum: 0, description: 'Interactions recorded automatically so far' }),
  failedItems: Type.Integer({ minimum: 0, description: 'Items that could not be recorded after all retries' }),
  lastError: Type.String(),
});
export type MailboxRecording = Static<typeof MailboxRecordingSchema>;

export const AutomaticRecordingSchema = Type.Object({
  emails: MailboxRecordingSchema,
  meetings: MailboxRecordingSchema,
  /** Emails received from contacts (Inbox), recorded as inbound; off by default. */
  receivedEmails: MailboxRecordingSchema,
  /** False when the server has no public notification URL (GRAPH_NOTIFICATION_URL): recording cannot be switched on. */
  available: Type.Boolean(),
});
export type AutomaticRecording = Static<typeof AutomaticRecordingSchema>;

export const PutAutomaticRecordingBody = Type.Partial(
  Type.Object({ emails: Type.Boolean(), meetings: Type.Boolean(), receivedEmails: Type.Boolean() }),
  { additionalProperties: false, minProperties: 1 },
);
export type PutAutomaticRecordingInput = Static<typeof PutAutomaticRecordingBody>;
