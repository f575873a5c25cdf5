import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { newPageOn } from '../support/browser';
import { browserSuite, SCREENSHOTS } from '../support/browser-suite';
import { factories } from '../support/factories';
import { resources } from '@interlog/i18n';

// The interaction log of the Teams marketing tab, part two: what a user reaches beyond the
// basics in teams-interaction-log.test.ts (contact filter, paging, cancel/restore, evaluate,
// bulk delete, a failing list, axe and the four language screenshots).

jest.setTimeout(180_000);

const suite = browserSuite('teams_log');
const api = () => suite.web.api;
const make = () => factories(suite.web.api);

async function record(
  contactNo: string,
  description: string,
  extra: Record<string, unknown> = {},
): Promise<{ entryNo: number }> {
  return make().interaction({ contactNo, templateCode: 'OUTGCALL', description, ...extra });
}

async function openTab(options: { width?: number; lang?: string; theme?: string } = {}) {
  const { context, page, errors } = await newPageOn(suite.browser, suite.web.origin, {
    width: options.width ?? 1280,
    height: 1000,
  });
  await page.goto(
    `${suite.web.origin}/teams/preview.html?page=tab&lang=${options.lang ?? 'en'}&theme=${options.theme ?? 'light'}`,
  );
  const tab = page.getByTestId('marketing-tab');
  await tab.getByRole('tab').first().waitFor();
  return { context, page, tab, errors };
}

async function openLog(options: { width?: number; lang?: string; theme?: string } = {}) {
  const opened = await openTab(options);
  await opened.tab.getByRole('tab').nth(2).click();
  await opened.tab.getByRole('form').waitFor();
  return opened;
}

async function choose(page: Page, scope: Locator, label: string, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types into a date field in the UI language's format; the picker reads it when the field is left. */
async function typeDate(page: Page, scope: Locator, label: string, text: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).fill(text);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
}

const apply = (tab: Locator) => tab.getByRole('button', { name: 'Apply filters' }).click();

const shownEntries = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid^="log-entry-"]')].map((row) =>
      Number(row.getAttribute('data-testid')!.slice('log-entry-'.length)),
    ),
  );

/** Waits until the table lists exactly these entries, in this order (the list reloads after each change of filters). */
async function expectEntries(page: Page, expected: number[]) {
  const want = expected.join(',');
  await page
    .waitForFunction(
      (w) =>
        [...document.querySelectorAll('[data-testid^="log-entry-"]')]
          .map((row) => row.getAttribute('data-testid')!.slice('log-entry-'.length))
          .join(',') === w,
      want,
      { timeout: 20_000 },
    )
    .catch(() => undefined);
  expect(await shownEntries(page)).toEqual(expected);
}

describe('Teams interaction log: filters, refusals, narrow tabs', () => {
  test('When a logged segment shows its entries, then the log opens filtered by that logged segment and lists only its entries', async () => {
    const [a, b, outsider] = [await make().contact(), await make().contact(), await make().contact()];
    const segment = await make().segment({ description: 'Spring mailing', interaction: { templateCode: 'OUTGCALL' } });
    for (const contact of [a, b])
      await make().ok(api().post(`/segments/${segment.no}/lines`, { contactNo: contact.no }));
    const { loggedSegmentEntryNo } = await make().ok(api().post(`/segments/${segment.no}/log`, {}));
    await record(outsider.no, 'Not part of the mailing');

    const { context, page, tab, errors } = await openTab();
    await tab.getByRole('tab', { name: 'Logged segments' }).click();
    await tab.getByRole('button', { name: `Actions for logged segment ${loggedSegmentEntryNo}` }).click();
    await page.getByRole('menuitem', { name: 'Show the entries' }).click();

    await tab.getByRole('tab', { name: 'Interaction log', selected: true }).waitFor();
    expect(await tab.getByRole('spinbutton', { name: 'Logged segment no.' }).inputValue()).toBe(
      String(loggedSegmentEntryNo),
    );
    const expected = (
      await api().get(`/interaction-log-entries?loggedSegmentEntryNo=${loggedSegmentEntryNo}`)
    ).body.items.map((e: { entryNo: number }) => e.entryNo);
    expect(expected).toHaveLength(2);
    await expectEntries(page, expected);
    await expect(tab.getByTestId(`log-entry-${expected[0]}`).textContent()).resolves.toContain(
      `${segment.no} #${loggedSegmentEntryNo}`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  test('When the log is filtered by canceled, by dates and by postponed, then each filter shows only the entries it names, newest first', async () => {
    const contact = await make().contact();
    const early = await record(contact.no, 'Call in early March', { date: '2025-03-09T12:00:00.000Z' });
    const middle = await record(contact.no, 'Call in mid March', { date: '2025-03-10T12:00:00.000Z' });
    const late = await record(contact.no, 'Call in late March', { date: '2025-03-11T12:00:00.000Z' });
    const postponed = await record(contact.no, 'Call to finish later', { postpone: true });
    await make().ok(api().patch(`/interaction-log-entries/${late.entryNo}`, { canceled: true }));

    const { context, page, tab } = await openLog();
    await tab.getByRole('textbox', { name: 'Contact no.' }).fill(contact.no.toLowerCase());
    await apply(tab);
    await expectEntries(page, [late.entryNo, middle.entryNo, early.entryNo]);

    await choose(page, tab, 'Canceled', 'Only canceled');
    await apply(tab);
    await expectEntries(page, [late.entryNo]);
    await choose(page, tab, 'Canceled', 'Not canceled');
    await apply(tab);
    await expectEntries(page, [middle.entryNo, early.entryNo]);

    await choose(page, tab, 'Canceled', 'All');
    await typeDate(page, tab, 'From date', 'Mar 10, 2025');
    await typeDate(page, tab, 'To date', '3/10/2025');
    await apply(tab);
    await expectEntries(page, [middle.entryNo]);
    await typeDate(page, tab, 'To date', '');
    await apply(tab);
    await expectEntries(page, [late.entryNo, middle.entryNo]);

    await typeDate(page, tab, 'From date', '');
    await tab.getByRole('checkbox', { name: 'Postponed interactions instead' }).check();
    await apply(tab);
    await expectEntries(page, [postponed.entryNo]);
    const row = tab.getByTestId(`log-entry-${postponed.entryNo}`);
    await row.getByText('Postponed').waitFor();
    // A postponed interaction is resumed or deleted in Outlook, not canceled: only Evaluate is offered.
    await row.getByRole('button', { name: `Actions for entry ${postponed.entryNo}` }).click();
    await page.getByRole('menuitem', { name: 'Evaluate' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Cancel entry' }).count()).toBe(0);
    await page.keyboard.press('Escape');

    await tab.getByRole('button', { name: 'Clear filters' }).click();
    expect(await tab.getByRole('textbox', { name: 'Contact no.' }).inputValue()).toBe('');
    await context.close();
  });

  test('When the user declines to delete one canceled entry, then the question named one entry and nothing is deleted', async () => {
    const contact = await make().contact();
    const kept = await record(contact.no, 'Wrong number');
    const real = await record(contact.no, 'Real call');
    await make().ok(api().patch(`/interaction-log-entries/${kept.entryNo}`, { canceled: true }));

    const { context, page, tab } = await openLog();
    await tab.getByRole('textbox', { name: 'Contact no.' }).fill(contact.no);
    await apply(tab);
    await expectEntries(page, [real.entryNo, kept.entryNo]);
    await tab.getByRole('button', { name: 'Delete canceled entries…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete 1 canceled entry?' });
    await dialog.getByText('1 canceled entry matches the filters and will be deleted for good.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });

    expect((await api().get(`/interaction-log-entries/count?contactNo=${contact.no}`)).body.count).toBe(2);
    expect((await api().get(`/interaction-log-entries/${kept.entryNo}`)).body.canceled).toBe(true);
    await expectEntries(page, [real.entryNo, kept.entryNo]);
    await context.close();
  });

  test('When the server refuses a change (the entry was deleted meanwhile), then a problem bar says so, the row stays as it was, and the bar can be dismissed', async () => {
    const contact = await make().contact();
    const entry = await record(contact.no, 'Deleted on another device');
    const { context, page, tab } = await openLog();
    await tab.getByRole('textbox', { name: 'Contact no.' }).fill(contact.no);
    await apply(tab);
    const row = tab.getByTestId(`log-entry-${entry.entryNo}`);
    await row.waitFor();

    await make().ok(api().patch(`/interaction-log-entries/${entry.entryNo}`, { canceled: true }));
    await make().ok(api().post('/interaction-log-entries/delete-canceled', { contactNo: contact.no }));

    await row.getByRole('button', { name: `Actions for entry ${entry.entryNo}` }).click();
    await page.getByRole('menuitem', { name: 'Evaluate' }).hover();
    await page.getByRole('menuitemradio', { name: 'Negative', exact: true }).click();
    const problem = tab.getByRole('alert');
    await problem.getByText('It no longer exists.', { exact: false }).waitFor();
    expect(await row.textContent()).not.toContain('Negative');

    await problem.getByRole('button', { name: 'Dismiss' }).click();
    await problem.waitFor({ state: 'detached' });
    await apply(tab);
    await tab.getByText('No entries match the filters.').waitFor();
    await context.close();
  });

  test.each([
    [360, 'ru', 'dark'],
    [390, 'en', 'light'],
  ] as const)(
    'At %i px (%s, %s), the filters fold behind a button so that the first entries are on the first screen; applying one folds them and the button counts it',
    async (width, lang, theme) => {
      const s = resources[lang].translation['interaction-log'];
      const contact = await make().contact();
      const entry = await record(contact.no, 'A short call');
      const { context, page, tab, errors } = await openTab({ width, lang, theme });
      await page.setViewportSize({ width, height: 740 });
      await tab.getByRole('tab').nth(2).click();
      const toggle = tab.getByRole('button', { name: s.filters, exact: true });
      const first = tab.locator('[data-testid^="log-entry-"]').first();
      await first.waitFor();
      expect(await tab.getByRole('form').isVisible()).toBe(false);
      expect((await first.boundingBox())!.y).toBeLessThan(740);
      await page.screenshot({ path: join(SCREENSHOTS, `teams-log-folded-${width}px-${lang}-${theme}.png`) });

      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const contactNo = tab.getByRole('form').getByRole('textbox').first();
      await contactNo.fill(contact.no);
      await page.screenshot({ path: join(SCREENSHOTS, `teams-log-unfolded-${width}px-${lang}-${theme}.png`) });
      await contactNo.press('Enter');
      await expectEntries(page, [entry.entryNo]);
      await tab.getByRole('button', { name: s.filtersActive.replace('{{n}}', '1'), exact: true }).waitFor();
      expect(await tab.getByRole('form').isVisible()).toBe(false);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  test.each([
    [600, 'en', 'light'],
    [1024, 'ru', 'light'],
  ])(
    'When the tab is %i px wide (%s, %s), then the page does not scroll sideways, the table scrolls within its own frame and the row menu stays in reach',
    async (width, lang, theme) => {
      const contact = await make().contact();
      const entry = await record(
        contact.no,
        'A call with a fairly long description about the renewal of the yearly contract',
      );
      const { context, page, tab, errors } = await openLog({ width, lang, theme });
      await tab.getByRole('form').getByRole('textbox').first().fill(contact.no);
      await tab.getByRole('form').getByRole('textbox').first().press('Enter');
      await expectEntries(page, [entry.entryNo]);
      await page.screenshot({ path: join(SCREENSHOTS, `teams-log-${width}px-${lang}-${theme}.png`), fullPage: true });

      const widths = await page.evaluate(() => {
        const table = document.querySelector('[data-testid="marketing-tab"] table')!;
        const frame = table.parentElement!;
        return {
          page: document.documentElement.scrollWidth,
          viewport: window.innerWidth,
          frame: frame.clientWidth,
          frameRight: frame.getBoundingClientRect().right,
          table: table.scrollWidth,
          frameScrolls: getComputedStyle(frame).overflowX,
        };
      });
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      expect(widths.frame).toBeLessThanOrEqual(widths.viewport);
      expect(widths.frameScrolls).toBe('auto');
      // Every filter and the delete button stay on screen.
      for (const box of await Promise.all(
        (await tab.getByRole('form').getByRole('textbox').all()).map((input) => input.boundingBox()),
      )) {
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      }
      // The row menu is pinned to the right edge of the frame: reachable without scrolling.
      const menuButton = tab
        .getByTestId(`log-entry-${entry.entryNo}`)
        .getByRole('button', { name: new RegExp(`(Actions for entry|Действия для записи) ${entry.entryNo}$`) });
      const menuBox = (await menuButton.boundingBox())!;
      expect(menuBox.x + menuBox.width).toBeLessThanOrEqual(widths.frameRight + 0.5);
      await menuButton.click();
      await page.getByRole('menu').waitFor();
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
