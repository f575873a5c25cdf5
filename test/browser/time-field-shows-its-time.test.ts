import type { Locator } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import { locales, outlookPane, type Lang } from '../support/outlook-pane';
import { openTeamsPage } from '../support/teams-page';

// Walk of issue 14: the time field's input had no width of its own, so its time (e.g. "8:22 AM") was not seen.
jest.setTimeout(180_000);

const SHOTS = '/tmp/shots/walk18';
const suite = browserSuite('time_field_shows_time');
const { open } = outlookPane(
  () => suite.browser,
  () => suite.web,
);

/** The time box's text is all on screen: the input is wider than what it holds. */
async function expectWholeTimeShown(box: Locator) {
  const text = await box.inputValue();
  expect(text).toMatch(/\d[:.]\d\d/);
  const fit = await box.evaluate((input: HTMLInputElement) => ({
    width: input.clientWidth,
    content: input.scrollWidth,
  }));
  expect(fit.width).toBeGreaterThanOrEqual(fit.content);
  expect(fit.width).toBeGreaterThan(40);
}

describe('The time field shows its time', () => {
  test.each([
    [360, 'en', 'light'],
    [1280, 'ru', 'dark'],
  ] as [number, Lang, string][])(
    'When the pane opens an email at %i px in %s (%s), then the email time is readable in the time field',
    async (width, lang, theme) => {
      const session = await open('outboundMixed', { lang, theme: theme as 'light' | 'dark' });
      await session.page.setViewportSize({ width, height: 900 });
      await expectWholeTimeShown(session.pane.getByRole('combobox', { name: locales[lang].form.time }));
      await session.page.screenshot({ path: `${SHOTS}/time-field-pane-${width}-${lang}-${theme}.png` });
      expect(session.errors).toEqual([]);
      await session.close();
    },
  );

  test('When the meeting side panel opens on a phone in Finnish, then the meeting time is readable in the time field', async () => {
    const panel = await openTeamsPage(suite.browser, suite.web.origin, { page: 'meeting', width: 360, lang: 'fi' });
    await expectWholeTimeShown(panel.root.getByRole('combobox', { name: locales.fi.form.time }));
    await panel.shot(SHOTS, 'time-field-side-panel-360-fi-light');
    expect(panel.errors).toEqual([]);
    await panel.close();
  });
});
