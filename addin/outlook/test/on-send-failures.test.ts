import { SignInError } from '@interlog/auth';
import { startTestApp } from '../../../test/support/test-app';
import { handleMessageSend } from '../src/on-send/on-send-handler';
import { onSendTenant, originOf, recipient } from './on-send-fixture';
import { createSimulatedSendHost } from './simulated-send-host';

let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  app = await startTestApp({ label: 'on_send_failures' });
});
afterAll(() => app.stop());

const NOT_RECORDED =
  'Interlog could not record this email. You can still record it from Sent Items in the Interlog pane.';
const never = () => new Promise<never>(() => undefined);
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** A tenant, one of its contacts, and an email to that contact sent with this preference. */
async function sendingTo(
  preference: 'ask' | 'always',
  hostOptions: Parameters<typeof createSimulatedSendHost>[0] = {},
) {
  const tenant = await onSendTenant(app);
  const contact = await tenant.make.contact();
  const host = createSimulatedSendHost({
    pageOrigin: originOf(app),
    settings: { recordSentEmails: preference },
    subject: 'Quote',
    recipients: [recipient(contact)],
    ...hostOptions,
  });
  return { ...tenant, contact, host };
}

describe('When Interlog is slower than the deadline', () => {
  test('When signing in does not finish in time, then the email goes and the delay is reported', async () => {
    const { host, deps } = await sendingTo('ask');

    const result = await handleMessageSend(host, { ...deps, connect: never, deadlineMs: 50 });

    expect(result).toEqual({ allowEvent: true });
    expect(deps.report).toHaveBeenCalledWith(expect.objectContaining({ name: 'DeadlineExceeded' }));
    expect(host.notifications).toEqual([]);
  });

  test('When the server does not answer in time with always, then the email goes with a notification that it was not recorded', async () => {
    const { host, deps, signedIn, contact, entriesOf } = await sendingTo('always');
    const hangingApi = signedIn(app.baseUrl, never);

    const result = await handleMessageSend(host, { ...deps, connect: async () => hangingApi, deadlineMs: 100 });

    expect(result).toEqual({ allowEvent: true });
    expect(host.notifications).toEqual([NOT_RECORDED]);
    expect(deps.report).toHaveBeenCalledWith(expect.objectContaining({ name: 'DeadlineExceeded' }));
    expect(await entriesOf(contact.no)).toEqual([]);
  });

  test('When the server answers only after the deadline, then the email is not recorded late', async () => {
    const { host, deps, signedIn, contact, entriesOf } = await sendingTo('always');
    const requests: string[] = [];
    let answered = 0;
    const slowFetch: typeof fetch = async (input, init) => {
      requests.push(`${init?.method} ${new URL(String(input)).pathname}`);
      await sleep(150);
      return fetch(input, init).finally(() => (answered += 1));
    };

    const result = await handleMessageSend(host, {
      ...deps,
      connect: async () => signedIn(app.baseUrl, slowFetch),
      deadlineMs: 50,
    });
    // The lookups the handler started (template setup, the contact) still answer after the deadline.
    while (answered < 2) await sleep(20);
    await sleep(300);

    expect(result).toEqual({ allowEvent: true });
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual([]);
    expect(await entriesOf(contact.no)).toEqual([]);
    expect(host.headers).toEqual({});
  });
});

describe('When signing in fails', () => {
  test.each([
    ['ask', []],
    ['always', [NOT_RECORDED]],
  ] as const)(
    'When the preference is %s, then the email goes, the failure is reported and the notifications are %j',
    async (preference, notifications) => {
      const { host, deps, contact, entriesOf } = await sendingTo(preference);
      const failure = new SignInError('Sign in from the Interlog pane: this Outlook has no nested app authentication.');

      const result = await handleMessageSend(host, { ...deps, connect: () => Promise.reject(failure) });

      expect(result).toEqual({ allowEvent: true });
      expect(deps.report).toHaveBeenCalledWith(failure);
      expect(host.notifications).toEqual(notifications);
      expect(await entriesOf(contact.no)).toEqual([]);
    },
  );
});

describe('Where the Interlog server is', () => {
  test('When neither the page nor the settings know the server, then the email goes and the reason is reported', async () => {
    const { host, deps } = await sendingTo('always', { pageOrigin: '' });

    const result = await handleMessageSend(host, deps);

    expect(result).toEqual({ allowEvent: true });
    expect(deps.connect).not.toHaveBeenCalled();
    expect(deps.report).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringContaining('not known') }),
    );
    expect(host.notifications).toEqual([NOT_RECORDED]);
  });

  test('When the page has no origin (classic Outlook), then the server saved in the settings is used', async () => {
    const { host, deps, contact, entriesOf } = await sendingTo('always', {
      pageOrigin: '',
      settings: { recordSentEmails: 'always', apiOrigin: originOf(app) },
    });

    const result = await handleMessageSend(host, deps);

    expect(result).toEqual({ allowEvent: true });
    expect(deps.connect).toHaveBeenCalledWith(originOf(app));
    expect(await entriesOf(contact.no)).toHaveLength(1);
  });

  test('When the saved server has a path, then it is not used and the email goes unrecorded', async () => {
    const { host, deps, contact, entriesOf } = await sendingTo('always', {
      pageOrigin: '',
      settings: { recordSentEmails: 'always', apiOrigin: `${originOf(app)}/api/v1` },
    });

    const result = await handleMessageSend(host, deps);

    expect(result).toEqual({ allowEvent: true });
    expect(deps.connect).not.toHaveBeenCalled();
    expect(await entriesOf(contact.no)).toEqual([]);
  });
});
