import { loadSendStrings } from '../src/on-send/send-strings';

describe('What the on-send runtime says', () => {
  test.each([
    [
      'en-US',
      'This email goes to an Interlog contact: Robin Bauer.',
      'This email goes to 3 Interlog contacts: Robin Bauer, Maria Sousa, Jan Novák.',
    ],
    [
      'cs-CZ',
      'Tento e-mail jde 1 kontaktu Interlogu: Robin Bauer.',
      'Tento e-mail jde 3 kontaktům Interlogu: Robin Bauer, Maria Sousa, Jan Novák.',
    ],
    [
      'ru-RU',
      'Это письмо адресовано 1 контакту Interlog: Robin Bauer.',
      'Это письмо адресовано 3 контактам Interlog: Robin Bauer, Maria Sousa, Jan Novák.',
    ],
    [
      'fi-FI',
      'Tämä sähköposti lähtee 1 Interlog-yhteyshenkilölle: Robin Bauer.',
      'Tämä sähköposti lähtee 3 Interlog-yhteyshenkilölle: Robin Bauer, Maria Sousa, Jan Novák.',
    ],
  ])(
    'When Outlook speaks %s, then the alert names the contacts in the plural form for 1 and for 3',
    async (language, one, three) => {
      const strings = await loadSendStrings(language);

      expect(strings.ask(1, 'Robin Bauer')).toMatch(new RegExp(`^${one.replace(/\./g, '\\.')} \\S`));
      expect(strings.ask(3, 'Robin Bauer, Maria Sousa, Jan Novák')).toMatch(
        new RegExp(`^${three.replace(/\./g, '\\.')} \\S`),
      );
    },
  );

  test.each(['en', 'cs', 'ru', 'fi'])(
    'When Outlook speaks %s, then the alert button fits in 20 characters and the notification in 150',
    async (language) => {
      const strings = await loadSendStrings(language);

      expect(strings.recordButton.length).toBeGreaterThan(0);
      expect(strings.recordButton.length).toBeLessThanOrEqual(20);
      expect(strings.notRecorded.length).toBeGreaterThan(0);
      expect(strings.notRecorded.length).toBeLessThanOrEqual(150);
    },
  );

  test('When Outlook speaks a language Interlog does not have, then it speaks English', async () => {
    const strings = await loadSendStrings('de-DE');

    expect(strings.recordButton).toBe('Record in Interlog');
  });
});
