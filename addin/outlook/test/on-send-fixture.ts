import { randomUUID } from 'node:crypto';
import { createInterlogApi } from '@interlog/api-client';
import { factories } from '../../../test/support/factories';
import type { startTestApp } from '../../../test/support/test-app';
import type { Recipient } from '../src/host/send-host';
import { loadSendStrings } from '../src/on-send/send-strings';

type TestApp = Awaited<ReturnType<typeof startTestApp>>;

export const recipient = (person: { email: string; name: string }, field: Recipient['field'] = 'to'): Recipient => ({
  email: person.email,
  name: person.name,
  field,
});

/** The origin the Interlog pane was loaded from: the test app's. */
export const originOf = (app: TestApp) => new URL(app.baseUrl).origin;

/**
 * A tenant of its own with an `emails` template in its interaction template setup (unless
 * told otherwise), the handler's dependencies signed in to it, and a way to read back its entries.
 */
export async function onSendTenant(app: TestApp, { emailsTemplate = true } = {}) {
  const claims = { tid: `t-${randomUUID()}`, oid: 'annette' };
  const client = await app.as(claims);
  const make = factories(client);
  const template = await make.template();
  if (emailsTemplate) await make.ok(client.put('/interaction-template-setup', { emails: template.code }));
  const token = await app.issuer.token(claims);
  const signedIn = (baseUrl: string, fetchImpl?: typeof fetch) =>
    createInterlogApi({ baseUrl, getToken: async () => token, fetchImpl });
  const api = signedIn(app.baseUrl);
  const deps = {
    connect: jest.fn(async (origin: string) => signedIn(`${origin}/api/v1`)),
    strings: loadSendStrings,
    newSendId: jest.fn(() => randomUUID()),
    deadlineMs: 15_000,
    report: jest.fn((_error: unknown) => undefined),
  };
  return {
    make,
    template,
    api,
    signedIn,
    deps,
    entriesOf: async (contactNo: string) => (await api.interactions.list({ contactNo, limit: 500 })).items,
  };
}
