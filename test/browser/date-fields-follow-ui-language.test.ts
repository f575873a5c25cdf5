import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import { factories } from '../support/factories';
import { locales, outlookPane, people, recordLabel, type Lang, type PaneSession } from '../support/outlook-pane';
import { openTeamsPage } from '../support/teams-page';
import csLog from '../../addin/i18n/src/locales/interaction-log/cs.json';
import ruSegments from '../../addin/i18n/src/locales/segments/ru.json';

// Issue 15, point 14: dates and times read and are typed in the UI language (the header's format), not the browser's.
jest.setTimeout(180_000);

const SHOTS = '/tmp/shots/a15d';
mkdirSync(SHOTS, { recursive: true });
const suite = browserSuite('date_fields_language');
const { open, entriesFrom } = outlookPane(
  () => suite.browser,
  () => suite.web,
);

const shortDate = (lang: string, date: Date) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(date);
const dateBox = (scope: Locator, label: string) => scope.getByRole('combobox', { name: label, exact: true });
const timeBox = (pane: Locator, lang: Lang) => pane.getByRole('combobox', { name: locales[lang].form.time });

/** Types into a date or time field as a user would and leaves it with Tab (the picker reads the text on blur). */
async function typeInto(page: Page, box: Locator, text: string) {
  await box.fill(text);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
}

async function done(session: PaneSession) {
  expect(session.errors).toEqual([]);
  await session.close();
}

describe('Date and time fields follow the UI language', () => {
  test.each(['cs', 'fi'] as const)(
    'When the pane is in %s, then the date and time fields show the same format as the header',
    async (lang) => {
      const session = await open('inboundKnown', { lang });
      const header = await session.pane.getByTestId('item-summary').innerText();
      const date = dateBox(session.pane, locales[lang].form.date);
      expect(await date.inputValue()).toBe(shortDate(lang, new Date(session.item.date)));
      expect(header).toContain(await date.inputValue());
      expect(header).toContain(await timeBox(session.pane, lang).inputValue());
      expect(await timeBox(session.pane, lang).inputValue()).toMatch(/^\d{1,2}[:.]\d{2}$/);
      await done(session);
    },
  );

  test('When the calendar opens in Russian, then it names the months and days in Russian and starts the week on Monday', async () => {
    const session = await open('inboundKnown', { lang: 'ru' });
    await dateBox(session.pane, locales.ru.form.date).click();
    const calendar = session.page.getByRole('dialog', { name: locales.ru.datePicker.openCalendar });
    const month = new Intl.DateTimeFormat('ru', { month: 'long' }).format(new Date(session.item.date));
    await calendar.getByText(new RegExp(month, 'i')).first().waitFor();
    const dayHeaders = await calendar.locator('th').allInnerTexts();
    expect(dayHeaders.slice(0, 2)).toEqual(['Пн', 'Вт']);
    await calendar.getByRole('button', { name: locales.ru.datePicker.goToToday }).waitFor();
    await done(session);
  });

  test('When a date is picked in the calendar and a time typed, then the entry is recorded at exactly that date and time', async () => {
    const session = await open('inboundKnown');
    const { page, pane, item } = session;
    const itemDate = new Date(item.date);
    await dateBox(pane, 'Date').click();
    const calendar = page.getByRole('dialog', { name: 'Choose a date' });
    const target = new Date(itemDate.getFullYear(), itemDate.getMonth(), 12);
    const month = new Intl.DateTimeFormat('en', { month: 'long' }).format(target);
    await calendar.getByRole('button', { name: `12, ${month}, ${target.getFullYear()}`, exact: true }).click();
    expect(await dateBox(pane, 'Date').inputValue()).toBe(shortDate('en', target));
    await typeInto(page, timeBox(pane, 'en'), '3:45 PM');
    expect(await timeBox(pane, 'en').inputValue()).toBe('3:45 PM');

    await pane.getByRole('button', { name: recordLabel('en', 1) }).click();
    await pane.getByText('Recorded 1 interaction.').waitFor();
    const [entry] = await entriesFrom(item, people.robin);
    expect(new Date(entry.date).getTime()).toBe(new Date(target.setHours(15, 45)).getTime());
    await done(session);
  });

  test('When a date and a time are typed in Finnish, then the entry is recorded at exactly that date and time', async () => {
    const session = await open('inboundKnown', { lang: 'fi' });
    const { page, pane, item } = session;
    await typeInto(page, dateBox(pane, locales.fi.form.date), '3.2.2026');
    await typeInto(page, timeBox(pane, 'fi'), '14.30');
    expect(await dateBox(pane, locales.fi.form.date).inputValue()).toBe('3.2.2026');
    expect(await timeBox(pane, 'fi').inputValue()).toBe('14.30');

    await pane.getByRole('button', { name: recordLabel('fi', 1) }).click();
    await pane.getByText(locales.fi.status.recorded_one.replace('{{count}}', '1')).waitFor();
    const [entry] = await entriesFrom(item, people.robin);
    expect(new Date(entry.date).getTime()).toBe(new Date(2026, 1, 3, 14, 30).getTime());
    await done(session);
  });

  test('When the tab is in Russian, then the segment header date reads as the segment list shows it, and a typed date is saved', async () => {
    const api = suite.web.api;
    const segment = (await api.post('/segments', { description: 'Даты по-русски', date: '2026-03-05' })).body;
    const tab = await openTeamsPage(suite.browser, suite.web.origin, { page: 'tab', lang: 'ru' });
    const listed = tab.root.getByRole('row').filter({ hasText: 'Даты по-русски' });
    expect(await listed.innerText()).toContain(shortDate('ru', new Date(2026, 2, 5)));
    await listed.getByText(segment.no, { exact: true }).click();
    const date = dateBox(tab.root, ruSegments.header.date);
    await expect(date.inputValue()).resolves.toBe(shortDate('ru', new Date(2026, 2, 5)));
    await typeInto(tab.page, date, '12.03.2026');
    await expect(date.inputValue()).resolves.toBe(shortDate('ru', new Date(2026, 2, 12)));
    await tab.shot(SHOTS, 'tab-segment-date-ru-1366');
    // Fields in a row stay level when a label wraps ("Длительность единицы (минуты)" takes two lines).
    const edges = async (label: string) => {
      const box = (await tab.root.getByLabel(label, { exact: true }).boundingBox())!;
      return [Math.round(box.y), Math.round(box.y + box.height)];
    };
    expect(await edges(ruSegments.fields.unitDuration)).toEqual(await edges(ruSegments.fields.campaignNo));
    const saved = tab.page.waitForResponse((res) => res.request().method() === 'PATCH' && res.ok());
    await tab.root.getByRole('button', { name: ruSegments.header.save, exact: true }).click();
    await saved;
    expect((await api.get(`/segments/${segment.no}`)).body.date).toBe('2026-03-12');
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  test('When the log filter dates are typed in Czech, then only the entries of that day are listed', async () => {
    const make = factories(suite.web.api);
    const contact = await make.contact();
    const on = (day: number) =>
      make.interaction({
        contactNo: contact.no,
        templateCode: 'OUTGCALL',
        date: `2025-03-${String(day).padStart(2, '0')}T12:00:00.000Z`,
      });
    await on(9);
    const middle = await on(10);
    await on(11);
    const tab = await openTeamsPage(suite.browser, suite.web.origin, { page: 'tab', lang: 'cs' });
    await tab.root.getByRole('tab').nth(2).click();
    await tab.root.getByRole('textbox', { name: 'Číslo kontaktu' }).fill(contact.no);
    for (const label of [csLog.from, csLog.to]) await typeInto(tab.page, dateBox(tab.root, label), '10.3.2025');
    await expect(dateBox(tab.root, csLog.from).inputValue()).resolves.toBe('10. 3. 2025');
    await tab.shot(SHOTS, 'tab-log-filter-dates-cs-1366');
    await tab.root.getByRole('button', { name: csLog.apply }).click();
    await tab.page.waitForFunction(
      (expected) =>
        [...document.querySelectorAll('[data-testid^="log-entry-"]')]
          .map((row) => row.getAttribute('data-testid'))
          .join() === expected,
      `log-entry-${middle.entryNo}`,
    );
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  test.each(
    [360, 1000].flatMap((width) =>
      (['en', 'ru'] as const).flatMap((lang) =>
        (['light', 'dark'] as const).map((theme) => [width, lang, theme] as const),
      ),
    ),
  )('Screenshots: the pane at %i px in %s, %s, with the calendar open', async (width, lang, theme) => {
    const session = await open('inboundKnown', { lang, theme });
    await session.page.setViewportSize({ width, height: 900 });
    await dateBox(session.pane, locales[lang].form.date).click();
    await session.page.getByRole('dialog', { name: locales[lang].datePicker.openCalendar }).waitFor();
    await session.page.screenshot({ path: `${SHOTS}/pane-calendar-${width}-${lang}-${theme}.png` });
    await session.page.keyboard.press('Escape');
    await timeBox(session.pane, lang).click();
    await session.page.getByRole('listbox').waitFor();
    await session.page.screenshot({ path: `${SHOTS}/pane-time-${width}-${lang}-${theme}.png` });
    await done(session);
  });
});
