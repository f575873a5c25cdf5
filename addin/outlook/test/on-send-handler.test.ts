import { startTestApp } from '../../../test/support/test-app';
import { RECORDED_HEADER } from '../src/host/send-host';
import { RECORD_COMMAND_ID } from '../src/on-send/manifest-ids';
import { handleMessageSend } from '../src/on-send/on-send-handler';
import { onSendTenant, originOf, recipient } from './on-send-fixture';
import { createSimulatedSendHost, type SimulatedSendHostOptions } from './simulated-send-host';

let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  app = await startTestApp({ label: 'on_send' });
});
afterAll(() => app.stop());

const sendHost = (preference: string | undefined, options: SimulatedSendHostOptions = {}) =>
  createSimulatedSendHost({
    pageOrigin: originOf(app),
    settings: preference === undefined ? {} : { recordSentEmails: preference },
    ...options,
  });

describe('Sending with "Record emails I send" off', () => {
  test.each([
    ['never set', undefined],
    ['off', 'off'],
    ['an unknown value', 'sometimes'],
  ])('When the preference is %s, then the email goes and Interlog is not asked', async (_, preference) => {
    const tenant = await onSendTenant(app);
    const contact = await tenant.make.contact();
    const host = sendHost(preference, { recipients: [recipient(contact)], subject: 'Quote' });

    const result = await handleMessageSend(host, tenant.deps);

    expect(result).toEqual({ allowEvent: true });
    expect(tenant.deps.connect).not.toHaveBeenCalled();
    expect(await tenant.entriesOf(contact.no)).toEqual([]);
    expect(host.headers).toEqual({});
  });
});

describe('Sending with "Record emails I send" always', () => {
  test('When the email goes to contacts in To, Cc and Bcc, then each gets one interaction with the emails template and the subject, and the message is marked', async () => {
    const tenant = await onSendTenant(app);
    const [toContact, ccContact, bccContact] = await Promise.all([
      tenant.make.contact(),
      tenant.make.contact(),
      tenant.make.contact(),
    ]);
    const host = sendHost('always', {
      subject: 'Quote for the spring order',
      recipients: [
        recipient(toContact, 'to'),
        recipient(ccContact, 'cc'),
        recipient(bccContact, 'bcc'),
        recipient({ email: 'someone@elsewhere.example', name: 'Someone' }, 'to'),
      ],
    });

    const result = await handleMessageSend(host, tenant.deps);

    expect(result).toEqual({ allowEvent: true });
    for (const contact of [toContact, ccContact, bccContact]) {
      expect(await tenant.entriesOf(contact.no)).toEqual([
        expect.objectContaining({
          templateCode: tenant.template.code,
          subject: 'Quote for the spring order',
          source: { type: 'email' },
        }),
      ]);
    }
    expect(host.headers).toEqual({ [RECORDED_HEADER]: tenant.deps.newSendId.mock.results[0].value });
    expect(tenant.deps.report).not.toHaveBeenCalled();
  });

  test("When the user's own address is a contact and another contact is listed twice, then the user gets nothing and the other one interaction", async () => {
    const tenant = await onSendTenant(app);
    const [me, contact] = await Promise.all([
      tenant.make.contact({ email: 'annette.hill@contoso.example' }),
      tenant.make.contact(),
    ]);
    const host = sendHost('always', {
      subject: 'Minutes',
      userEmail: 'Annette.Hill@contoso.example',
      recipients: [
        recipient(me, 'cc'),
        recipient(contact, 'to'),
        recipient({ email: contact.email.toUpperCase(), name: contact.name }, 'bcc'),
      ],
    });

    await handleMessageSend(host, tenant.deps);

    expect(await tenant.entriesOf(me.no)).toEqual([]);
    expect(await tenant.entriesOf(contact.no)).toHaveLength(1);
  });

  test('When the marked message is sent again, then nothing new is recorded', async () => {
    const tenant = await onSendTenant(app);
    const contact = await tenant.make.contact();
    const host = sendHost('always', { subject: 'Quote', recipients: [recipient(contact)] });
    await handleMessageSend(host, tenant.deps);
    const [first] = await tenant.entriesOf(contact.no);

    const result = await handleMessageSend(host, tenant.deps);

    expect(result).toEqual({ allowEvent: true });
    expect(await tenant.entriesOf(contact.no)).toEqual([first]);
    expect(tenant.deps.newSendId).toHaveBeenCalledTimes(1);
    expect(host.headers[RECORDED_HEADER]).toBe(host.message.recordedAs);
  });

  test('When the marked message is sent again with another subject, then nothing new is recorded and nothing is reported', async () => {
    const tenant = await onSendTenant(app);
    const contact = await tenant.make.contact();
    const host = sendHost('always', { subject: 'Quote', recipients: [recipient(contact)] });
    await handleMessageSend(host, tenant.deps);
    host.message.subject = 'Quote (corrected)';

    const result = await handleMessageSend(host, tenant.deps);

    expect(result).toEqual({ allowEvent: true });
    expect((await tenant.entriesOf(contact.no)).map((e) => e.subject)).toEqual(['Quote']);
    expect(tenant.deps.report).not.toHaveBeenCalled();
    expect(host.notifications).toEqual([]);
  });

  test('When a send is retried, then its entries are found again by the key onsend:<send id>:<contact no>', async () => {
    const tenant = await onSendTenant(app);
    const contact = await tenant.make.contact();
    const host = sendHost('always', { subject: 'Quote', recipients: [recipient(contact)] });
    await handleMessageSend(host, tenant.deps);
    const [entry] = await tenant.entriesOf(contact.no);

    const retry = await tenant.api.interactions.record(
      { contactNo: contact.no, templateCode: tenant.template.code, source: { type: 'email' }, subject: 'Quote' },
      `onsend:${host.message.recordedAs}:${contact.no}`,
    );

    expect(retry).toMatchObject({ replayed: true, entry: { entryNo: entry.entryNo } });
  });

  test('When a contact number has a space and a letter outside ASCII, then the contact is still recorded', async () => {
    const tenant = await onSendTenant(app);
    const contact = await tenant.make.contact({ no: `KÜ ${Date.now() % 100_000}` });
    const host = sendHost('always', { subject: 'Quote', recipients: [recipient(contact)] });

    const result = await handleMessageSend(host, tenant.deps);

    expect(result).toEqual({ allowEvent: true });
    expect(await tenant.entriesOf(contact.no)).toHaveLength(1);
    expect(tenant.deps.report).not.toHaveBeenCalled();
  });

  test('When the setup names no emails template, then the email goes and nothing is recorded', async () => {
    const tenant = await onSendTenant(app, { emailsTemplate: false });
    const contact = await tenant.make.contact();
    const host = sendHost('always', { subject: 'Quote', recipients: [recipient(contact)] });

    const result = await handleMessageSend(host, tenant.deps);

    expect(result).toEqual({ allowEvent: true });
    expect(await tenant.entriesOf(contact.no)).toEqual([]);
    expect(host.headers).toEqual({});
    expect(host.notifications).toEqual([]);
  });
});

describe('Sending with "Record emails I send" ask', () => {
  test('When the email goes to contacts, then it is held with an alert naming them, and nothing is recorded', async () => {
    const tenant = await onSendTenant(app);
    const [robin, maria] = await Promise.all([
      tenant.make.contact({ name: 'Robin Bauer' }),
      tenant.make.contact({ name: 'Maria Sousa' }),
    ]);
    const host = sendHost('ask', {
      subject: 'Quote',
      recipients: [
        recipient(robin),
        recipient(maria, 'cc'),
        recipient({ email: 'pat@elsewhere.example', name: 'Pat Outsider' }),
      ],
    });

    const result = await handleMessageSend(host, tenant.deps);

    expect(result).toEqual({
      allowEvent: false,
      errorMessage: expect.stringContaining('2 Interlog contacts: Robin Bauer, Maria Sousa.'),
    });
    expect(result.errorMessage).not.toContain('Pat Outsider');
    expect(await tenant.entriesOf(robin.no)).toEqual([]);
    expect(host.headers).toEqual({});
  });

  test('When Outlook can show a button on the alert (Mailbox 1.14), then the alert offers "Record in Interlog", which opens the pane', async () => {
    const tenant = await onSendTenant(app);
    const contact = await tenant.make.contact();
    const host = sendHost('ask', { recipients: [recipient(contact)], support: { alertButton: true } });

    const result = await handleMessageSend(host, tenant.deps);

    expect(result).toMatchObject({
      allowEvent: false,
      cancelLabel: 'Record in Interlog',
      commandId: RECORD_COMMAND_ID,
    });
  });

  test('When Outlook speaks Czech, then the alert and its button are in Czech', async () => {
    const tenant = await onSendTenant(app);
    const contact = await tenant.make.contact({ name: 'Jana Nováková' });
    const host = sendHost('ask', {
      recipients: [recipient(contact)],
      language: 'cs-CZ',
      support: { alertButton: true },
    });

    const result = await handleMessageSend(host, tenant.deps);

    expect(result).toMatchObject({
      errorMessage: expect.stringMatching(/^Tento e-mail jde 1 kontaktu Interlogu: Jana Nováková\./),
      cancelLabel: 'Zapsat do Interlogu',
    });
  });

  test('When many contacts have long names, then the alert stays within 500 characters and ends the shortened list with "…"', async () => {
    const tenant = await onSendTenant(app);
    const contacts = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        tenant.make.contact({ name: `${i} ${'Longname-'.repeat(11)}`.slice(0, 100) }),
      ),
    );
    const host = sendHost('ask', { recipients: contacts.map((c) => recipient(c)) });

    const { errorMessage = '' } = await handleMessageSend(host, tenant.deps);

    expect(errorMessage.length).toBeLessThanOrEqual(500);
    expect(errorMessage).toContain(`8 Interlog contacts: ${contacts[0].name}`);
    expect(errorMessage).toMatch(/, …\. Record it/);
    expect(errorMessage).not.toContain(contacts[7].name);
  });

  test('When the message was marked by an earlier send, then it goes at once without asking Interlog', async () => {
    const tenant = await onSendTenant(app);
    const contact = await tenant.make.contact();
    const host = sendHost('ask', {
      recipients: [recipient(contact)],
      recordedAs: 'c0ffee00-0000-4000-8000-000000000001',
    });

    const result = await handleMessageSend(host, tenant.deps);

    expect(result).toEqual({ allowEvent: true });
    expect(tenant.deps.connect).not.toHaveBeenCalled();
  });
});

describe('Sending a draft already recorded from the pane', () => {
  /** A saved draft the pane recorded for `recorded` (its entries carry the draft's item id). */
  async function recordedDraft(tenant: Awaited<ReturnType<typeof onSendTenant>>, recorded: { no: string }) {
    const itemId = `AAMkDraft${Date.now()}`;
    await tenant.api.interactions.record(
      {
        contactNo: recorded.no,
        templateCode: tenant.template.code,
        source: { type: 'email', itemId },
        subject: 'Quote',
      },
      `pane-${itemId}`,
    );
    return itemId;
  }

  test('When the pane recorded it for every contact, then ask lets it go and nothing more is recorded', async () => {
    const tenant = await onSendTenant(app);
    const contact = await tenant.make.contact();
    const itemId = await recordedDraft(tenant, contact);
    const host = sendHost('ask', {
      subject: 'Quote',
      itemId,
      recipients: [recipient(contact), recipient({ email: 'pat@elsewhere.example', name: 'Pat' })],
    });

    const result = await handleMessageSend(host, tenant.deps);

    expect(result).toEqual({ allowEvent: true });
    expect(await tenant.entriesOf(contact.no)).toHaveLength(1);
  });

  test('When the pane recorded it for one contact, then ask names only the others', async () => {
    const tenant = await onSendTenant(app);
    const [recorded, open] = await Promise.all([
      tenant.make.contact({ name: 'Robin Bauer' }),
      tenant.make.contact({ name: 'Maria Sousa' }),
    ]);
    const itemId = await recordedDraft(tenant, recorded);
    const host = sendHost('ask', { subject: 'Quote', itemId, recipients: [recipient(recorded), recipient(open)] });

    const { errorMessage } = await handleMessageSend(host, tenant.deps);

    expect(errorMessage).toMatch(/^This email goes to an Interlog contact: Maria Sousa\./);
  });

  test('When the pane recorded it for one contact, then always records only the others', async () => {
    const tenant = await onSendTenant(app);
    const [recorded, open] = await Promise.all([tenant.make.contact(), tenant.make.contact()]);
    const itemId = await recordedDraft(tenant, recorded);
    const host = sendHost('always', { subject: 'Quote', itemId, recipients: [recipient(recorded), recipient(open)] });

    const result = await handleMessageSend(host, tenant.deps);

    expect(result).toEqual({ allowEvent: true });
    expect((await tenant.entriesOf(recorded.no)).map((e) => e.source)).toEqual([{ type: 'email', itemId }]);
    expect((await tenant.entriesOf(open.no)).map((e) => e.source)).toEqual([{ type: 'email' }]);
    expect(host.headers[RECORDED_HEADER]).toBeTruthy();
  });
});
