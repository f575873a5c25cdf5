import { createCorrespondentsApi } from '@interlog/api-client';
import { startTestApp } from '../../../test/support/test-app';
import { handleMessageSend } from '../src/on-send/on-send-handler';
import { onSendTenant, originOf, recipient } from './on-send-fixture';
import { createSimulatedSendHost } from './simulated-send-host';

let app: Awaited<ReturnType<typeof startTestApp>>;

beforeAll(async () => {
  app = await startTestApp({ label: 'on_send_strangers' });
});
afterAll(() => app.stop());

describe('Recording on send keeps the recipients who match no contact', () => {
  test('When an email recorded on send also goes to a stranger, then the stranger is kept with the send, and made a contact later it gets the email once', async () => {
    const tenant = await onSendTenant(app);
    const contact = await tenant.make.contact();
    const series = await tenant.make.numberSeries({ startingNo: 'OS0001' });
    await tenant.api.setup.marketingSetup.put({ contactNos: series.code });
    const host = createSimulatedSendHost({
      pageOrigin: originOf(app),
      settings: { recordSentEmails: 'always' },
      subject: 'Spring prices',
      recipients: [recipient(contact), recipient({ email: 'New.Buyer@litware.example', name: 'New Buyer' }, 'cc')],
    });

    expect(await handleMessageSend(host, tenant.deps)).toEqual({ allowEvent: true });

    const sendId = tenant.deps.newSendId.mock.results[0].value;
    const kept = await createCorrespondentsApi(tenant.api.http).get('new.buyer@litware.example');
    expect(kept).toMatchObject({
      name: 'New Buyer',
      itemCount: 1,
      items: [{ kind: 'sent', sendId, subject: 'Spring prices' }],
    });
    expect(tenant.deps.report).not.toHaveBeenCalled();

    const made = await createCorrespondentsApi(tenant.api.http).createContact('new.buyer@litware.example', {
      recordMissed: true,
    });
    expect(made.recorded).toBe(1);
    expect(await tenant.entriesOf(made.contact.no)).toEqual([
      expect.objectContaining({ templateCode: tenant.template.code, subject: 'Spring prices' }),
    ]);
  });
});
