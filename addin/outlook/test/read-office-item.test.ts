import { readOfficeItem } from '../src/host/read-office-item';
import { asyncCall, asyncValue, installOfficeMock } from './office-mock';

const person = (emailAddress: string, displayName: string) => ({ emailAddress, displayName });
const received = new Date('2026-11-20T09:30:00Z');

describe('Reading the Outlook item', () => {
  test('When a received email is open, then sender, To and Cc come with their roles and the ids are kept', async () => {
    const item = {
      itemType: 'message',
      itemClass: 'IPM.Note',
      subject: 'Quote',
      itemId: 'AAMk1',
      internetMessageId: '<m1@fabrikam.example>',
      dateTimeCreated: received,
      from: person('robin.bauer@fabrikam.example', 'Robin Bauer'),
      to: [person('annette.hill@contoso.example', 'Annette Hill')],
      cc: [person('petra.novakova@fabrikam.example', 'Petra Nováková')],
    };
    installOfficeMock({ item });
    const mail = await readOfficeItem(item, true);
    expect(mail).toMatchObject({
      kind: 'message',
      mode: 'read',
      subject: 'Quote',
      itemId: 'AAMk1',
      internetMessageId: '<m1@fabrikam.example>',
      date: received.toISOString(),
      webLink: `https://outlook.office.com/mail/deeplink/read/${encodeURIComponent('rest-AAMk1')}`,
      people: [
        { email: 'robin.bauer@fabrikam.example', name: 'Robin Bauer', role: 'from' },
        { email: 'annette.hill@contoso.example', name: 'Annette Hill', role: 'to' },
        { email: 'petra.novakova@fabrikam.example', name: 'Petra Nováková', role: 'cc' },
      ],
      sharedMailbox: false,
      mailboxOwner: 'annette.hill@contoso.example',
    });
  });

  test('When an email is being written, then recipients and subject are read asynchronously and the draft id comes from getItemIdAsync', async () => {
    const item = {
      itemType: 'message',
      subject: asyncValue('Your invoice'),
      to: asyncValue([person('dana.lee@contoso.example', 'Dana Lee')]),
      cc: asyncValue([person('mikko.virtanen@contoso.example', '')]),
      getItemIdAsync: asyncCall('AAMkDraft'),
      saveAsync: asyncCall('should-not-be-used'),
    };
    installOfficeMock({ item });
    const mail = await readOfficeItem(item, true);
    expect(mail).toMatchObject({
      kind: 'message',
      mode: 'compose',
      subject: 'Your invoice',
      itemId: 'AAMkDraft',
      internetMessageId: '',
      webLink: '',
    });
    expect(mail.people).toEqual([
      { email: 'dana.lee@contoso.example', name: 'Dana Lee', role: 'to' },
      { email: 'mikko.virtanen@contoso.example', name: 'mikko.virtanen@contoso.example', role: 'cc' },
    ]);
  });

  test('When a new draft has no id yet, then it is saved to get one', async () => {
    const item = {
      itemType: 'message',
      subject: asyncValue('New'),
      to: asyncValue([]),
      cc: asyncValue([]),
      getItemIdAsync: asyncCall('', 'The item has not been saved.'),
      saveAsync: asyncCall('AAMkSaved'),
    };
    installOfficeMock({ item });
    expect((await readOfficeItem(item, true)).itemId).toBe('AAMkSaved');
  });

  test('When a meeting the user was invited to is open, then the organizer and required/optional attendees are the people', async () => {
    const start = new Date('2026-11-25T13:00:00Z');
    const end = new Date('2026-11-25T14:00:00Z');
    const item = {
      itemType: 'appointment',
      subject: 'QBR',
      itemId: 'AAMkAppt',
      start,
      end,
      seriesId: '',
      organizer: person('olga.smirnova@contoso.example', 'Olga Smirnova'),
      requiredAttendees: [
        person('annette.hill@contoso.example', 'Annette Hill'),
        person('dana.lee@contoso.example', 'Dana Lee'),
      ],
      optionalAttendees: [person('mikko.virtanen@contoso.example', 'Mikko Virtanen')],
    };
    installOfficeMock({ item });
    const mail = await readOfficeItem(item, true);
    expect(mail).toMatchObject({
      kind: 'appointment',
      mode: 'read',
      date: start.toISOString(),
      end: end.toISOString(),
      occurrence: false,
    });
    expect(mail.people.map((p) => `${p.role}:${p.email}`)).toEqual([
      'organizer:olga.smirnova@contoso.example',
      'required:annette.hill@contoso.example',
      'required:dana.lee@contoso.example',
      'optional:mikko.virtanen@contoso.example',
    ]);
    expect(mail.webLink).toContain('/calendar/item/');
  });

  test('When Outlook cannot convert ids to REST ids (older hosts), then the item has no web link', async () => {
    const item = {
      itemType: 'message',
      subject: 'Old host',
      itemId: 'AAMkOld',
      internetMessageId: '<old@x>',
      dateTimeCreated: received,
      from: person('x@y.example', 'X'),
      to: [],
      cc: [],
    };
    const office = installOfficeMock({ item });
    (office.mock.context.mailbox as { convertToRestId?: unknown }).convertToRestId = undefined;
    expect((await readOfficeItem(item, true)).webLink).toBe('');
  });

  test('When one occurrence of a recurring meeting is open, then it is marked as an occurrence', async () => {
    const item = {
      itemType: 'appointment',
      subject: 'Weekly',
      itemId: 'AAMkOcc',
      seriesId: 'AAMkSeries',
      start: received,
      end: received,
      organizer: person('a@b.example', 'A'),
      requiredAttendees: [],
      optionalAttendees: [],
    };
    installOfficeMock({ item });
    expect((await readOfficeItem(item, true)).occurrence).toBe(true);
  });

  test('When a meeting is being organized, then attendees, start and end are read asynchronously', async () => {
    const start = new Date('2026-12-01T08:00:00Z');
    const item = {
      itemType: 'appointment',
      subject: asyncValue('Kick-off'),
      organizer: asyncValue(person('annette.hill@contoso.example', 'Annette Hill')),
      requiredAttendees: asyncValue([person('robin.bauer@fabrikam.example', 'Robin Bauer')]),
      optionalAttendees: asyncValue([]),
      start: asyncValue(start),
      end: asyncValue(new Date('2026-12-01T09:00:00Z')),
      getItemIdAsync: asyncCall('AAMkNewAppt'),
    };
    installOfficeMock({ item });
    const mail = await readOfficeItem(item, true);
    expect(mail).toMatchObject({
      kind: 'appointment',
      mode: 'compose',
      subject: 'Kick-off',
      itemId: 'AAMkNewAppt',
      date: start.toISOString(),
    });
    expect(mail.people.map((p) => p.role)).toEqual(['organizer', 'required']);
  });

  test('When a meeting request arrives in the inbox, then it is read as a meeting organized by its sender', async () => {
    const item = {
      itemType: 'message',
      itemClass: 'IPM.Schedule.Meeting.Request',
      subject: 'Invitation: Roadmap',
      itemId: 'AAMkReq',
      internetMessageId: '<req@contoso.example>',
      dateTimeCreated: received,
      start: new Date('2026-12-02T10:00:00Z'),
      end: new Date('2026-12-02T11:00:00Z'),
      from: person('olga.smirnova@contoso.example', 'Olga Smirnova'),
      to: [person('annette.hill@contoso.example', 'Annette Hill')],
      cc: [],
      requiredAttendees: [
        person('annette.hill@contoso.example', 'Annette Hill'),
        person('dana.lee@contoso.example', 'Dana Lee'),
      ],
      optionalAttendees: [],
    };
    installOfficeMock({ item });
    const mail = await readOfficeItem(item, true);
    expect(mail).toMatchObject({
      kind: 'appointment',
      internetMessageId: '<req@contoso.example>',
      date: '2026-12-02T10:00:00.000Z',
    });
    expect(mail.people[0]).toEqual({
      email: 'olga.smirnova@contoso.example',
      name: 'Olga Smirnova',
      role: 'organizer',
    });
  });

  test('When the item is in a shared or delegate mailbox, then its owner is the mailbox', async () => {
    const item = {
      itemType: 'message',
      subject: 'Shared',
      itemId: 'AAMkS',
      internetMessageId: '<s@x>',
      dateTimeCreated: received,
      from: person('x@y.example', 'X'),
      to: [],
      cc: [],
      getSharedPropertiesAsync: asyncCall({ owner: 'sales@contoso.example' }),
    };
    installOfficeMock({ item });
    expect(await readOfficeItem(item, true)).toMatchObject({
      sharedMailbox: true,
      mailboxOwner: 'sales@contoso.example',
    });
  });

  test("When the shared properties name the user's own mailbox (in another case), then the item is not in a shared mailbox", async () => {
    const item = {
      itemType: 'message',
      subject: 'Own',
      itemId: 'AAMkO2',
      internetMessageId: '<o2@x>',
      dateTimeCreated: received,
      from: person('x@y.example', 'X'),
      to: [],
      cc: [],
      getSharedPropertiesAsync: asyncCall({ owner: 'Annette.Hill@Contoso.example' }),
    };
    installOfficeMock({ item });
    expect(await readOfficeItem(item, true)).toMatchObject({ sharedMailbox: false });
  });

  test("When the shared properties cannot be read (or Mailbox 1.8 is missing), then the item counts as the user's own", async () => {
    const item = {
      itemType: 'message',
      subject: 'Own',
      itemId: 'AAMkO',
      internetMessageId: '<o@x>',
      dateTimeCreated: received,
      from: person('x@y.example', 'X'),
      to: [],
      cc: [],
      getSharedPropertiesAsync: asyncCall(null, 'Not shared.'),
    };
    installOfficeMock({ item });
    expect(await readOfficeItem(item, true)).toMatchObject({
      sharedMailbox: false,
      mailboxOwner: 'annette.hill@contoso.example',
    });
    expect(await readOfficeItem(item, false)).toMatchObject({ sharedMailbox: false });
  });
});
