import type { Client } from '@microsoft/microsoft-graph-client';
import { graphProblem } from '../../lib/graph/graph-errors';
import { filterValue, odataString } from '../../lib/graph/odata-query';
import { MailerError, type Mailer, type OutgoingEmail } from '../domain/mailer';

interface GraphFailure {
  statusCode?: number;
  code?: string;
  message?: string;
  headers?: Headers;
}

const TRANSIENT = new Set([408, 429, 500, 502, 503, 504]);

/** Seconds (Graph sends seconds) or an HTTP date. */
function retryAfterMs(headers: Headers | undefined): number | undefined {
  const value = headers?.get?.('Retry-After');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/** Graph's answer as the delivery understands it: try later, never as it is, or not until the user acts. */
function mailerError(error: unknown): MailerError {
  const e = error as GraphFailure;
  const status = e?.statusCode ?? 0;
  const problem = graphProblem(error);
  if (problem.name === 'consent-required' || status === 401) return new MailerError('unauthorized', problem.detail);
  // statusCode -1 or 0: no answer at all (network), or the token could not be had for a passing reason.
  const why = `${e?.code || `HTTP ${status}`}: ${e?.message || problem.detail}`;
  if (TRANSIENT.has(status) || status <= 0) return new MailerError('transient', why, retryAfterMs(e?.headers));
  return new MailerError('refused', why);
}

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw mailerError(error);
  }
}

/** Sends as the signed-in user through Microsoft Graph (delegated Mail.Send and Mail.ReadWrite): a draft, then send. */
export function graphMailer(client: Client): Mailer {
  return {
    async createDraft(email: OutgoingEmail) {
      const draft = (await call(() =>
        client.api('/me/messages').post({
          subject: email.subject,
          body: { contentType: 'html', content: email.html },
          toRecipients: [{ emailAddress: { address: email.to.address, name: email.to.name } }],
          internetMessageHeaders: Object.entries(email.headers).map(([name, value]) => ({ name, value })),
        }),
      )) as { id: string; internetMessageId?: string };
      return { id: draft.id, internetMessageId: draft.internetMessageId ?? '' };
    },
    async send(draftId) {
      await call(() => client.api(`/me/messages/${encodeURIComponent(draftId)}/send`).post(undefined));
    },
    async deleteDraft(draftId) {
      await call(() => client.api(`/me/messages/${encodeURIComponent(draftId)}`).delete());
    },
    async draftState(draftId) {
      try {
        const message = (await client
          .api(`/me/messages/${encodeURIComponent(draftId)}`)
          .select('id,isDraft')
          .get()) as { isDraft?: boolean };
        return message.isDraft ? 'draft' : 'gone';
      } catch (error) {
        if ((error as GraphFailure).statusCode === 404) return 'gone';
        throw mailerError(error);
      }
    },
    async isInSentItems(internetMessageId) {
      const page = (await call(() =>
        client
          .api('/me/mailFolders/sentitems/messages')
          .filter(filterValue(`internetMessageId eq ${odataString(internetMessageId)}`))
          .select('id')
          .top(1)
          .get(),
      )) as { value?: unknown[] };
      return (page.value ?? []).length > 0;
    },
  };
}
