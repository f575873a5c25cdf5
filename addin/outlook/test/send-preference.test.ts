import type { MailboxSettings } from '../src/host/mailbox-settings';
import { newSendId } from '../src/on-send/on-send-handler';
import { readSendPreference, saveSendPreference, savedApiOrigin } from '../src/on-send/send-preference';

const settingsWith = (values: Record<string, unknown>): MailboxSettings => ({
  get: (name) => values[name],
  save: async (more) => void Object.assign(values, more),
});

describe('The "Record emails I send" preference', () => {
  test.each(['off', 'ask', 'always'])('When %s is stored, then it is read back', (stored) => {
    expect(readSendPreference(settingsWith({ recordSentEmails: stored }))).toBe(stored);
  });

  test.each([undefined, '', 'sometimes', 'ALWAYS', true, 1])(
    'When %p is stored, then the preference is off',
    (stored) => {
      expect(readSendPreference(settingsWith({ recordSentEmails: stored }))).toBe('off');
    },
  );

  test('When the pane saves the preference, then the on-send runtime reads it and the server it was saved with', async () => {
    const settings = settingsWith({});

    await saveSendPreference(settings, 'always', 'https://interlog.contoso.example');

    expect(readSendPreference(settings)).toBe('always');
    expect(savedApiOrigin(settings)).toBe('https://interlog.contoso.example');
  });
});

describe('The Interlog server saved in the mailbox', () => {
  test.each(['https://interlog.contoso.example', 'http://127.0.0.1:3000', 'https://interlog.contoso.example:8443'])(
    'When %s is saved, then it is used',
    (origin) => {
      expect(savedApiOrigin(settingsWith({ apiOrigin: origin }))).toBe(origin);
    },
  );

  test.each([
    'https://interlog.contoso.example/',
    'https://interlog.contoso.example/api/v1',
    'https://interlog.contoso.example?tenant=contoso',
    'https://interlog.contoso.example#pane',
    'ftp://interlog.contoso.example',
    'javascript:alert(1)',
    'interlog.contoso.example',
    '',
    42,
    undefined,
  ])('When %p is saved, then it is not used', (saved) => {
    expect(savedApiOrigin(settingsWith({ apiOrigin: saved }))).toBe('');
  });
});

describe('The id of a send', () => {
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  test('When the runtime has crypto.randomUUID, then each send gets a new UUID', () => {
    const [first, second] = [newSendId(), newSendId()];

    expect(first).toMatch(UUID_V4);
    expect(second).not.toBe(first);
  });

  test('When the runtime has no crypto.randomUUID, then the id is still a version 4 UUID', () => {
    // Shadows the prototype's method for this test only.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(crypto.randomUUID).toBeUndefined();
      const ids = Array.from({ length: 50 }, () => newSendId());

      expect(ids).toEqual(ids.map(() => expect.stringMatching(UUID_V4)));
      expect(new Set(ids).size).toBe(50);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
  });
});
