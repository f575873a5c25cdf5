import { randomUUID } from 'node:crypto';
import { createInterlogApi, itemContactKey } from '@interlog/api-client';
import { factories } from '../../../test/support/factories';
import { startTestApp } from '../../../test/support/test-app';
import { startGraphStandIn } from '../../../server/src/demo/graph-stand-in';
import { standInGraphAccess } from '../../../server/src/lib/graph/graph-access';
import { createOfficeMeetingLogHost } from '../src/host/office-meeting-log-host';
import { itemIdentity } from '../src/host/mail-item';
import { readOfficeItem } from '../src/host/read-office-item';
import { sourceOf } from '../src/mail-item-source';
import { logMeetingForAttendees } from '../src/mobile/log-meeting-handler';
import { loadMeetingStrings } from '../src/mobile/meeting-strings';
import { androidMeeting } from './mobile-meeting-fixture';

let app: Awaited<ReturnType<typeof startTestApp>>;
let graph: Awaited<ReturnType<typeof startGraphStandIn>>;
beforeAll(async () => {
  graph = await startGraphStandIn({ chats: [] });
  app = await startTestApp({ label: 'mobile_log', graph: standInGraphAccess(graph.baseUrl) });
});
afterAll(async () => {
  await app.stop();
  await graph.close();
});

async function tenantWith({ meetingTemplate = true } = {}) {
  const claims = { tid: `t-${randomUUID()}`, oid: `annette-${randomUUID()}` };
  const client = await app.as(claims);
  const make = factories(client);
  const template = await make.template();
  if (meetingTemplate) await make.ok(client.put('/interaction-template-setup', { meetingInvitation: template.code }));
  const token = await app.issuer.token(claims);
  const api = createInterlogApi({ baseUrl: app.baseUrl, getToken: async () => token });
  const deps = {
    connect: jest.fn(async (origin: string) =>
      createInterlogApi({ baseUrl: `${origin}/api/v1`, getToken: async () => token }),
    ),
    strings: loadMeetingStrings,
    report: jest.fn((_error: unknown) => undefined),
  };
  const entriesOf = async (contactNo: string) => (await api.interactions.list({ contactNo, limit: 500 })).items;
  return { make, template, deps, entriesOf, claims, api };
}

const hostAt = () => {
  const host = createOfficeMeetingLogHost();
  return { ...host, pageOrigin: () => new URL(app.baseUrl).origin };
};

describe('Outlook mobile: logging a meeting for its attendees in one tap', () => {
  test('When the attendees include contacts, then each contact gets one entry with the meeting template, the notification names them and the button turns to View', async () => {
    const tenant = await tenantWith();
    const [robin, jan] = await Promise.all([tenant.make.contact(), tenant.make.contact()]);
    const meeting = androidMeeting([robin, jan, { email: 'someone@elsewhere.example', name: 'Someone' }]);

    const outcome = await logMeetingForAttendees(hostAt(), tenant.deps);

    expect(outcome).toBe('recorded');
    for (const contact of [robin, jan])
      expect(await tenant.entriesOf(contact.no)).toEqual([
        expect.objectContaining({
          templateCode: tenant.template.code,
          subject: 'Quarterly review',
          date: '2026-12-01T09:00:00.000Z',
          source: expect.objectContaining({ type: 'meeting', itemId: meeting.itemId }),
        }),
      ]);
    const [notification] = [...meeting.notifications.values()];
    expect(notification).toMatchObject({ type: 'informationalMessage', persistent: false, icon: 'Icon.16' });
    expect(notification.message).toMatch(/^Recorded in Interlog for 2 contacts: /);
    expect(notification.message).toContain(robin.name);
    expect(meeting.customProperties.get('EventLogged')).toBe(true);
    expect(tenant.deps.report).not.toHaveBeenCalled();
  });

  test('When the button is tapped again on the same meeting, then nothing new is recorded and the notification says it is already recorded', async () => {
    const tenant = await tenantWith();
    const robin = await tenant.make.contact();
    const { itemId } = androidMeeting([robin]);
    await logMeetingForAttendees(hostAt(), tenant.deps);

    const again = androidMeeting([robin], { itemId });
    const outcome = await logMeetingForAttendees(hostAt(), tenant.deps);

    expect(outcome).toBe('already');
    expect(await tenant.entriesOf(robin.no)).toHaveLength(1);
    expect([...again.notifications.values()][0].message).toBe(
      'This meeting is already recorded in Interlog for its contacts.',
    );
  });

  test("When the meeting is in the user's calendar, then its entries are keyed by the calendar's iCalUId, as the pane, Teams and automatic recording key them", async () => {
    const tenant = await tenantWith();
    const robin = await tenant.make.contact();
    const itemId = `AAMk${randomUUID()}`;
    // The mock's convertToRestId gives `rest-<item id>`: the event id Graph knows the meeting by.
    const event = await graph.mailbox.putEvent(
      tenant.claims.oid,
      {
        id: `rest-${itemId}`,
        subject: 'Quarterly review',
        organizer: { address: 'annette.hill@contoso.example' },
        attendees: [],
      },
      { silent: true },
    );
    androidMeeting([robin], { itemId });

    expect(await logMeetingForAttendees(hostAt(), tenant.deps)).toBe('recorded');

    expect(await tenant.entriesOf(robin.no)).toEqual([
      expect.objectContaining({ source: expect.objectContaining({ type: 'meeting', iCalUId: event.iCalUId }) }),
    ]);
  });

  test('When the pane recorded the meeting for a contact first, then the tap adds nothing for that contact and records the others', async () => {
    const tenant = await tenantWith();
    const [robin, jan] = await Promise.all([tenant.make.contact(), tenant.make.contact()]);
    const meeting = androidMeeting([robin, jan]);
    const item = await readOfficeItem(Office.context.mailbox.item, false);
    // What the pane sends (use-record-interactions): its own description and the same key.
    await tenant.api.interactions.record(
      { contactNo: robin.no, templateCode: tenant.template.code, description: 'From the pane', source: sourceOf(item) },
      await itemContactKey('record', itemIdentity(item), robin.no),
    );

    expect(await logMeetingForAttendees(hostAt(), tenant.deps)).toBe('recorded');

    expect(await tenant.entriesOf(robin.no)).toEqual([expect.objectContaining({ description: 'From the pane' })]);
    expect(await tenant.entriesOf(jan.no)).toHaveLength(1);
    expect([...meeting.notifications.values()][0].message).toBe(`Recorded in Interlog for 1 contact: ${jan.name}.`);
  });

  test('When no attendee is a contact, then nothing is recorded, the button stays Log and the notification says so', async () => {
    const tenant = await tenantWith();
    const meeting = androidMeeting([{ email: 'someone@elsewhere.example', name: 'Someone' }]);

    expect(await logMeetingForAttendees(hostAt(), tenant.deps)).toBe('noContacts');

    expect([...meeting.notifications.values()][0].message).toMatch(
      /No attendee of this meeting is an Interlog contact/,
    );
    expect(meeting.customProperties.has('EventLogged')).toBe(false);
  });

  test('When no meeting template is set up, then nothing is recorded and the notification says where to choose one', async () => {
    const tenant = await tenantWith({ meetingTemplate: false });
    const robin = await tenant.make.contact();
    const meeting = androidMeeting([robin]);

    expect(await logMeetingForAttendees(hostAt(), tenant.deps)).toBe('noTemplate');

    expect(await tenant.entriesOf(robin.no)).toEqual([]);
    expect([...meeting.notifications.values()][0].message).toMatch(/no template for meetings/);
  });

  test('When Interlog cannot be reached, then an error notification says it was not recorded and the failure is reported', async () => {
    const tenant = await tenantWith();
    const robin = await tenant.make.contact();
    const meeting = androidMeeting([robin]);
    tenant.deps.connect.mockRejectedValueOnce(new Error('offline'));

    expect(await logMeetingForAttendees(hostAt(), tenant.deps)).toBe('failed');

    expect([...meeting.notifications.values()][0]).toEqual({
      type: 'errorMessage',
      message: 'Interlog could not record this meeting. Try again, or record it from the Interlog pane.',
    });
    expect(tenant.deps.report).toHaveBeenCalledWith(expect.objectContaining({ message: 'offline' }));
    expect(await tenant.entriesOf(robin.no)).toEqual([]);
  });

  test('When Outlook speaks Czech, then the notification is in Czech', async () => {
    const tenant = await tenantWith();
    const robin = await tenant.make.contact();
    const meeting = androidMeeting([robin]);
    (Office.context as { displayLanguage: string }).displayLanguage = 'cs-CZ';

    await logMeetingForAttendees(hostAt(), tenant.deps);

    expect([...meeting.notifications.values()][0].message).toBe(
      `Zaznamenáno v Interlogu pro 1 kontakt: ${robin.name}.`,
    );
  });
});
