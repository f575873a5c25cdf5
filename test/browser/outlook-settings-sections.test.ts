import { browserSuite } from '../support/browser-suite';
import { locales, outlookPane, type Lang, type PaneSession } from '../support/outlook-pane';

// Issue 15, point 15: the pane's two kinds of automatic recording are told apart by their names.
jest.setTimeout(120_000);

const suite = browserSuite('outlook_settings_sections');
const { open } = outlookPane(
  () => suite.browser,
  () => suite.web,
);

async function done(session: PaneSession) {
  await session.close();
  expect(session.errors).toEqual([]);
}

describe('Outlook pane: settings sections', () => {
  test.each(['en', 'ru', 'cs', 'fi'] as const)(
    'When the settings are shown in %s, then recording as you send and background recording are named apart, and an active subscription says it renews itself',
    async (lang: Lang) => {
      const strings = locales[lang].settings;
      const session = await open('inboundKnown', { lang, theme: lang === 'ru' ? 'dark' : 'light' });
      const { page, pane } = session;
      await pane.getByRole('tab', { name: strings.title }).click();
      await pane.getByRole('heading', { name: strings.send.title }).waitFor();
      const headings = (await pane.getByRole('heading').allInnerTexts()).map((h) => h.trim());

      expect(headings).toEqual(expect.arrayContaining([strings.send.title, strings.recording.title]));
      const words = (text: string) =>
        new Set(
          text
            .toLowerCase()
            .split(/[\s()]+/)
            .filter((w) => w.length > 3),
        );
      const shared = [...words(strings.send.title)].filter((w) => words(strings.recording.title).has(w));
      expect(shared.length).toBeLessThanOrEqual(1);
      expect(strings.recording.activeUntil).toMatch(/\{\{date\}\}.+/);
      await page.setViewportSize({ width: 360, height: 900 });
      await page.screenshot({ path: `/tmp/shots/a15b/settings-sections-${lang}-360.png`, fullPage: true });
      await done(session);
    },
  );
});
