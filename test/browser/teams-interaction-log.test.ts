import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { newPageOn, seriousViolations } from '../support/browser';
import { browserSuite, SCREENSHOTS } from '../support/browser-suite';

jest.setTimeout(180_000);

const suite = browserSuite('teams_interaction_log');
const api = () => suite.web.api;

async function contactNo(email: string): Promise<string> {
  return (await api().get(`/contacts?email=${encodeURIComponent(email)}`)).body.items[0].no;
}

async function record(contact: string, description: string) {
  const res = await api().post('/interactions', { contactNo: contact, templateCode: 'OUTGCALL', description });
  expect(res.status).toBe(201);
  return res.body as { entryNo: number };
}

async function openLog(options: { lang?: string; theme?: string } = {}) {
  const { context, page, errors } = await newPageOn(suite.browser, suite.web.origin, { width: 1366, height: 1000 });
  await page.goto(
    `${suite.web.origin}/teams/preview.html?page=tab&lang=${options.lang ?? 'en'}&theme=${options.theme ?? 'light'}`,
  );
  const tab = page.getByTestId('marketing-tab');
  await tab.getByRole('tab').nth(2).click();
  await tab.getByRole('form').waitFor();
  return { context, page, tab, errors };
}

async function filterByContact(tab: Locator, no: string) {
  await tab.getByRole('textbox', { name: 'Contact no.' }).fill(no);
  await tab.getByRole('button', { name: 'Apply filters' }).click();
}

async function entryAction(page: Page, tab: Locator, entryNo: number, item: string) {
  await tab.getByRole('button', { name: `Actions for entry ${entryNo}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

describe('Teams interaction log', () => {
  test('When entries are filtered by contact, canceled, restored and evaluated, then the table and the database agree', async () => {
    const dana = await contactNo('dana.lee@contoso.example');
    const first = await record(dana, 'Call about the renewal');
    const second = await record(dana, 'Call about the invoice');
    const { context, page, tab, errors } = await openLog();
    await filterByContact(tab, dana);
    await tab.getByTestId(`log-entry-${second.entryNo}`).waitFor();
    expect(await tab.getByTestId(/^log-entry-/).count()).toBe(2);

    await entryAction(page, tab, first.entryNo, 'Cancel entry');
    await tab.getByTestId(`log-entry-${first.entryNo}`).getByText('Canceled').waitFor();
    expect((await api().get(`/interaction-log-entries/${first.entryNo}`)).body.canceled).toBe(true);
    await entryAction(page, tab, first.entryNo, 'Restore');
    await tab.getByTestId(`log-entry-${first.entryNo}`).getByText('Canceled').waitFor({ state: 'detached' });
    expect((await api().get(`/interaction-log-entries/${first.entryNo}`)).body.canceled).toBe(false);

    await tab.getByRole('button', { name: `Actions for entry ${second.entryNo}` }).click();
    await page.getByRole('menuitem', { name: 'Evaluate' }).hover();
    await page.getByRole('menuitemradio', { name: 'Positive', exact: true }).click();
    await tab.getByTestId(`log-entry-${second.entryNo}`).getByText('Positive').waitFor();
    expect((await api().get(`/interaction-log-entries/${second.entryNo}`)).body.evaluation).toBe('positive');

    await tab.getByRole('combobox', { name: 'Canceled' }).click();
    await page.getByRole('option', { name: 'Only canceled' }).click();
    await tab.getByRole('button', { name: 'Apply filters' }).click();
    await tab.getByText('No entries match the filters.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('When more than 50 entries match, then the first page shows 50 and Load more the rest', async () => {
    const mikko = await contactNo('mikko.virtanen@contoso.example');
    for (let i = 0; i < 53; i++) await record(mikko, `Follow-up call ${i + 1}`);
    const { context, tab } = await openLog();
    await filterByContact(tab, mikko);
    await tab.getByText('Follow-up call 53').waitFor();
    expect(await tab.getByTestId(/^log-entry-/).count()).toBe(50);
    await tab.getByRole('button', { name: 'Load more' }).click();
    await tab.getByText('Follow-up call 1', { exact: true }).waitFor();
    expect(await tab.getByTestId(/^log-entry-/).count()).toBe(53);
    await context.close();
  });

  test('When canceled entries are deleted in bulk, then the confirmation states how many match the filters and only those are deleted', async () => {
    const olga = await contactNo('olga.smirnova@contoso.example');
    const robin = await contactNo('robin.bauer@fabrikam.example');
    const olgaEntries = [
      await record(olga, 'Wrong number'),
      await record(olga, 'Duplicate call'),
      await record(olga, 'Real call'),
    ];
    const robinEntry = await record(robin, 'Canceled elsewhere');
    for (const entry of [olgaEntries[0], olgaEntries[1], robinEntry])
      await api().patch(`/interaction-log-entries/${entry.entryNo}`, { canceled: true });

    const { context, page, tab } = await openLog();
    await filterByContact(tab, olga);
    await tab.getByTestId(`log-entry-${olgaEntries[2].entryNo}`).waitFor();
    await tab.getByRole('button', { name: 'Delete canceled entries…' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText('2 canceled entries match the filters and will be deleted for good.').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'teams-log-delete-canceled-en-light.png') });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await tab.getByText('2 canceled entries deleted.').waitFor();

    expect((await api().get(`/interaction-log-entries/count?contactNo=${olga}`)).body.count).toBe(1);
    expect((await api().get(`/interaction-log-entries/${olgaEntries[0].entryNo}`)).status).toBe(404);
    expect((await api().get(`/interaction-log-entries/${robinEntry.entryNo}`)).body.canceled).toBe(true);
    // The list reloads after the message: wait for the deleted rows to leave it.
    await tab.getByTestId(`log-entry-${olgaEntries[1].entryNo}`).waitFor({ state: 'detached' });
    expect(await tab.getByTestId(/^log-entry-/).count()).toBe(1);

    await tab.getByRole('button', { name: 'Delete canceled entries…' }).click();
    await tab.getByText('No canceled entries match the filters: nothing to delete.').waitFor();
    await context.close();
  });

  test('When the log cannot be read (the server answers 503), then the tab says so in the user language and recovers with the next filter', async () => {
    await record(await contactNo('petra.novakova@fabrikam.example'), 'Call before the outage');
    const { context, page, tab } = await openLog();
    await tab
      .getByTestId(/^log-entry-/)
      .first()
      .waitFor();
    await page.route('**/api/v1/interaction-log-entries?*', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'https://interlog.example/problems/unavailable',
          title: 'Service unavailable',
          status: 503,
        }),
      }),
    );
    await tab.getByRole('button', { name: 'Apply filters' }).click();
    await tab.getByRole('alert').waitFor();
    expect(await tab.getByRole('alert').textContent()).not.toBe('');
    await page.unroute('**/api/v1/interaction-log-entries?*');
    await tab.getByRole('button', { name: 'Clear filters' }).click();
    await tab.getByRole('alert').waitFor({ state: 'detached' });
    await tab
      .getByTestId(/^log-entry-/)
      .first()
      .waitFor();
    await context.close();
  });

  test.each([
    ['en', 'light'],
    ['cs', 'dark'],
    ['ru', 'light'],
    ['fi', 'dark'],
  ])(
    'When the log opens in %s with the %s theme, then it is translated and axe finds no serious violation',
    async (lang, theme) => {
      await record(await contactNo('robin.bauer@fabrikam.example'), `Call (${lang})`);
      const { context, page, tab, errors } = await openLog({ lang, theme });
      await tab
        .getByTestId(/^log-entry-/)
        .first()
        .waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `teams-log-${lang}-${theme}.png`), fullPage: true });
      expect(await seriousViolations(page, '[data-testid="marketing-tab"]')).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
