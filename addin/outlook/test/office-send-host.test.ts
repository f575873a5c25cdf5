import { createOfficeSendHost } from '../src/host/office-send-host';
import { asyncCall, asyncValue, installOfficeMock } from './office-mock';

type Callback<T> = (result: { status: string; value: T; error?: { message: string } }) => void;
const succeeded = <T>(callback: Callback<T>, value: T) => callback({ status: 'succeeded', value });

const robin = { emailAddress: 'robin.bauer@fabrikam.example', displayName: 'Robin Bauer' };
const maria = { emailAddress: 'maria.sousa@fabrikam.example', displayName: '' };
const jan = { emailAddress: 'jan.novak@fabrikam.example', displayName: 'Jan Novák' };

/** A message being composed, as Office.js gives it, that keeps the headers and notifications set on it. */
function composeItem({
  to = [robin],
  cc = [] as object[],
  bcc = [] as object[],
  subject = 'Quote',
  itemId = 'AAMkDraft1',
  itemIdError = '',
  headers = {} as Record<string, string>,
} = {}) {
  const notifications = new Map<string, Office.NotificationMessageDetails>();
  const item = {
    itemType: 'message',
    to: asyncValue(to),
    cc: asyncValue(cc),
    bcc: asyncValue(bcc),
    subject: asyncValue(subject),
    getItemIdAsync: asyncCall(itemId, itemIdError || undefined),
    internetHeaders: {
      getAsync: (names: string[], callback: Callback<Record<string, string>>) =>
        succeeded(
          callback,
          Object.fromEntries(
            Object.entries(headers).filter(([name]) => names.some((n) => n.toLowerCase() === name.toLowerCase())),
          ),
        ),
      setAsync: (values: Record<string, string>, callback: Callback<void>) => {
        Object.assign(headers, values);
        succeeded(callback, undefined);
      },
    },
    notificationMessages: {
      replaceAsync: (key: string, details: Office.NotificationMessageDetails, callback: Callback<void>) => {
        notifications.set(key, details);
        succeeded(callback, undefined);
      },
    },
  };
  return { item, headers, notifications };
}

describe('The message being sent, read through Office.js', () => {
  test('When the message has To, Cc and Bcc recipients, then each is read with its field, the name falling back to the address', async () => {
    installOfficeMock({
      item: composeItem({ to: [robin], cc: [maria], bcc: [jan, { emailAddress: '', displayName: 'No address' }] }).item,
    });

    const message = await createOfficeSendHost().readMessage();

    expect(message).toEqual({
      subject: 'Quote',
      itemId: 'AAMkDraft1',
      recordedAs: '',
      recipients: [
        { email: 'robin.bauer@fabrikam.example', name: 'Robin Bauer', field: 'to' },
        { email: 'maria.sousa@fabrikam.example', name: 'maria.sousa@fabrikam.example', field: 'cc' },
        { email: 'jan.novak@fabrikam.example', name: 'Jan Novák', field: 'bcc' },
      ],
    });
  });

  test('When the draft was never saved (getItemIdAsync fails), then its item id is empty', async () => {
    installOfficeMock({ item: composeItem({ itemIdError: 'The item has not been saved.' }).item });

    expect((await createOfficeSendHost().readMessage()).itemId).toBe('');
  });

  test('When Outlook has no getItemIdAsync (before Mailbox 1.8), then the item id is empty', async () => {
    const { getItemIdAsync: _, ...item } = composeItem().item;
    installOfficeMock({ item });

    expect((await createOfficeSendHost().readMessage()).itemId).toBe('');
  });

  test('When an earlier send set the header in another case, then recordedAs is its value', async () => {
    installOfficeMock({
      item: composeItem({ headers: { 'x-interlog-recorded': 'c0ffee00-0000-4000-8000-000000000001', 'X-Other': 'x' } })
        .item,
    });

    expect((await createOfficeSendHost().readMessage()).recordedAs).toBe('c0ffee00-0000-4000-8000-000000000001');
  });

  test('When reading the headers fails, then recordedAs is empty', async () => {
    const { item } = composeItem({ headers: { 'X-Interlog-Recorded': 'earlier' } });
    installOfficeMock({
      item: {
        ...item,
        internetHeaders: {
          getAsync: (_names: string[], callback: Callback<unknown>) =>
            callback({ status: 'failed', value: undefined, error: { message: 'Denied' } }),
        },
      },
    });

    expect((await createOfficeSendHost().readMessage()).recordedAs).toBe('');
  });

  test('When Outlook fails to give the recipients, then reading fails', async () => {
    installOfficeMock({ item: { ...composeItem().item, to: asyncValue([], 'Access denied') } });

    await expect(createOfficeSendHost().readMessage()).rejects.toThrow('Access denied');
  });
});

describe('What the send host leaves on the message', () => {
  test('When the message is marked recorded, then the X-Interlog-Recorded header carries the send id', async () => {
    const compose = composeItem();
    installOfficeMock({ item: compose.item });
    const host = createOfficeSendHost();

    await host.markRecorded('c0ffee00-0000-4000-8000-000000000002');

    expect(compose.headers).toEqual({ 'X-Interlog-Recorded': 'c0ffee00-0000-4000-8000-000000000002' });
    expect((await host.readMessage()).recordedAs).toBe('c0ffee00-0000-4000-8000-000000000002');
  });

  test('When the host notifies twice with a long text, then one error notification stays, cut to 150 characters', async () => {
    const compose = composeItem();
    installOfficeMock({ item: compose.item });
    const host = createOfficeSendHost();

    await host.notify('First');
    await host.notify('x'.repeat(200));

    expect([...compose.notifications.values()]).toEqual([{ type: 'errorMessage', message: 'x'.repeat(150) }]);
  });
});

describe('What the send host knows of Outlook', () => {
  test.each([
    [
      { Mailbox: '1.14', NestedAppAuth: '1.1' },
      { nestedAppAuth: true, alertButton: true },
    ],
    [
      { Mailbox: '1.13', NestedAppAuth: '1.1' },
      { nestedAppAuth: true, alertButton: false },
    ],
    [{ Mailbox: '1.15' }, { nestedAppAuth: false, alertButton: true }],
  ])('When Outlook supports %j, then the host supports %j', (requirementSets, support) => {
    installOfficeMock({ item: null, requirementSets });

    expect(createOfficeSendHost().support()).toEqual(support);
  });

  test("When the host is asked for the language and user, then Office's display language and profile answer", () => {
    installOfficeMock({ item: null, displayLanguage: 'ru-RU', userEmail: 'mikko@contoso.example' });
    const host = createOfficeSendHost();

    expect(host.displayLanguage()).toBe('ru-RU');
    expect(host.userEmail()).toBe('mikko@contoso.example');
  });

  test('When the pane saved the preference in the roaming settings, then the send host reads it, and saving stores it in the mailbox', async () => {
    const stored = new Map<string, unknown>([['recordSentEmails', 'ask']]);
    const saveAsync = jest.fn((callback: Callback<void>) => succeeded(callback, undefined));
    installOfficeMock({
      item: null,
      roamingSettings: {
        get: (name: string) => stored.get(name),
        set: (name: string, value: unknown) => stored.set(name, value),
        saveAsync,
      },
    });
    const host = createOfficeSendHost();

    expect(host.settings.get('recordSentEmails')).toBe('ask');
    await host.settings.save({ recordSentEmails: 'always' });

    expect(stored.get('recordSentEmails')).toBe('always');
    expect(saveAsync).toHaveBeenCalledTimes(1);
  });
});

describe('Where the send host was loaded from', () => {
  afterEach(() => {
    delete (globalThis as { location?: unknown }).location;
  });

  test.each([
    [
      'a page over https',
      'https://interlog.contoso.example',
      { protocol: 'https:', origin: 'https://interlog.contoso.example' },
    ],
    ['a local file', '', { protocol: 'file:', origin: 'null' }],
    ['no page (classic Outlook)', '', undefined],
  ])('When the runtime is %s, then the page origin is %j', (_, origin, location) => {
    if (location) (globalThis as { location?: unknown }).location = location;
    installOfficeMock({ item: null });

    expect(createOfficeSendHost().pageOrigin()).toBe(origin);
  });
});
