/** An email to one contact, as the delivery composes it. */
export interface OutgoingEmail {
  to: { address: string; name: string };
  subject: string;
  html: string;
  /** Internet headers set on the message (X-…): they mark it as sent by Interlog. */
  headers: Record<string, string>;
}

/** Sends email as the user who logged the segment (Microsoft Graph in production). */
export interface Mailer {
  /** Saves the email as a draft; its internetMessageId is known from then on. */
  createDraft(email: OutgoingEmail): Promise<{ id: string; internetMessageId: string }>;
  send(draftId: string): Promise<void>;
  /** Removes a draft that will not be sent. */
  deleteDraft(draftId: string): Promise<void>;
  /** Whether the draft is still there to send; `gone` once it was sent (or deleted). */
  draftState(draftId: string): Promise<'draft' | 'gone'>;
  /** Whether a message with this internetMessageId is in the user's sent items. */
  isInSentItems(internetMessageId: string): Promise<boolean>;
}

/**
 * Why sending failed: `transient` (throttled, outage: try again later, after `retryAfterMs`
 * when the service said), `refused` (this email will not go as it is), `unauthorized`
 * (consent or sign-in: no email of this user can go until they act).
 */
export class MailerError extends Error {
  constructor(
    public readonly kind: 'transient' | 'refused' | 'unauthorized',
    message: string,
    public readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'MailerError';
  }
}
