import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { openTeamsPage, sidewaysScroll, type TeamsPage } from '../support/teams-page';
import fiSetup from '../../addin/i18n/src/locales/setup/fi.json';
import fiTab from '../../addin/i18n/src/locales/tab/fi.json';
import fiInsights from '../../addin/i18n/src/locales/insights/fi.json';

// Issue 16, point 1 (UI): No. of interactions, Cost (LCY) and Duration (min.) on the tab's setup lists and logged
// segments, and one record's statistics in a dialog.
jest.setTimeout(240_000);

const SHOTS = '/tmp/shots/s16ui';
const suite = browserSuite('teams_record_statistics');
const en = new Intl.NumberFormat('en');
const enAmount = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

type Sums = { noOfInteractions: number; costLcy: number; durationMin: number };
let loggedEntryNo: number;

beforeAll(async () => {
  const contacts = (await suite.web.api.get('/contacts?search=contoso.example')).body.items as { no: string }[];
  const record = async (templateCode: string, extra: Record<string, unknown> = {}) =>
    expect(
      (await suite.web.api.post('/interactions', { contactNo: contacts[0].no, templateCode, ...extra })).status,
    ).toBe(201);
  await record('EMAIL', { evaluation: 'positive', cost: 2.5, durationMin: 7 });
  await record('EMAIL', { attemptFailed: true, salespersonCode: 'AH' });
  await record('OUTGCALL', { evaluation: 'veryNegative', salespersonCode: 'JO', durationMin: 12 });
  const segment = (
    await suite.web.api.post('/segments', { description: 'Winter letters', interaction: { templateCode: 'EMAIL' } })
  ).body;
  await suite.web.api.post(`/segments/${segment.no}/add-contacts`, { filter: { emailDomain: 'contoso.example' } });
  loggedEntryNo = (await suite.web.api.post(`/segments/${segment.no}/log`, {})).body.loggedSegmentEntryNo;
});

const statisticsOf = async (kind: string, codes: string[]): Promise<Map<string, Sums>> => {
  const { body } = await suite.web.api.get(`/statistics/${kind}?codes=${codes.join(',')}`);
  return new Map(body.items.map((item: { code: string; statistics: Sums }) => [item.code, item.statistics]));
};

/** Counts the page's requests for a kind's list statistics. */
function countStatisticsRequests(page: Page, kind: string) {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith(`/statistics/${kind}`)) seen.push(r.url());
  });
  return seen;
}

async function openSetupPage(tab: TeamsPage, setup: string, name: string) {
  await tab.root.getByRole('tab', { name: setup, exact: true }).click();
  await tab.root.getByRole('tab', { name, exact: true }).click();
  await tab.root.getByRole('heading', { name, exact: true, level: 3 }).waitFor();
}

/** The row of a code: its cells' texts under their column names. */
async function cellsOf(table: Locator, code: string) {
  const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim());
  const row = table.locator('tbody tr', { has: table.page().getByRole('cell', { name: code, exact: true }) });
  const cells = (await row.locator('td').allInnerTexts()).map((c) => c.trim());
  return Object.fromEntries(headers.map((h, i) => [h, cells[i]]));
}

const expectSums = (cells: Record<string, string>, sums: Sums) =>
  expect([cells['No. of interactions'], cells['Cost (LCY)'], cells['Duration (min.)']]).toEqual([
    en.format(sums.noOfInteractions),
    enAmount.format(sums.costLcy),
    en.format(sums.durationMin),
  ]);

describe('Teams tab: statistics on the records', () => {
  test.each([
    ['Interaction templates', 'interaction-templates', ['EMAIL', 'OUTGCALL']],
    ['Interaction groups', 'interaction-groups', ['EMAIL']],
    ['Salespeople', 'salespeople', ['AH', 'JO']],
  ])(
    'When %s are listed, then each row shows the No. of interactions, Cost and Duration the API counts, read in one request',
    async (name, kind, codes) => {
      const tab = await openTeamsPage(suite.browser, suite.web.origin, { page: 'tab', width: 1280 });
      const requests = countStatisticsRequests(tab.page, kind);
      await openSetupPage(tab, 'Setup', name);
      const table = tab.root.getByRole('table');
      await table.getByRole('columnheader', { name: 'No. of interactions' }).waitFor();
      const api = await statisticsOf(kind, codes);
      for (const code of codes) {
        const cells = await eventually(
          () => cellsOf(table, code),
          (c) => Boolean(c['No. of interactions']),
        );
        expectSums(cells, api.get(code)!);
      }
      expect(api.get(codes[0])!.noOfInteractions).toBeGreaterThan(0);
      expect(requests).toHaveLength(1);
      expect(tab.errors).toEqual([]);
      await tab.close();
    },
  );

  test("When a template's statistics are opened, then the dialog shows its sums, attempts failed and evaluations as the API gives them", async () => {
    const tab = await openTeamsPage(suite.browser, suite.web.origin, { page: 'tab', width: 1280 });
    await openSetupPage(tab, 'Setup', 'Interaction templates');
    await tab.root.getByRole('button', { name: 'Statistics of EMAIL', exact: true }).click();
    const dialog = tab.page.getByRole('dialog', { name: 'Statistics of EMAIL' });
    const api = (await suite.web.api.get('/statistics/interaction-templates/EMAIL')).body;
    const figure = (label: string) =>
      dialog.locator('dl > div', { has: tab.page.locator('dt', { hasText: label }) }).locator('dd');
    await figure('Attempts failed').waitFor();
    expect(await figure('No. of interactions').textContent()).toBe(en.format(api.noOfInteractions));
    expect(await figure('Cost (LCY)').textContent()).toBe(enAmount.format(api.costLcy));
    expect(await figure('Attempts failed').textContent()).toBe(en.format(api.attemptsFailed));
    expect(api.attemptsFailed).toBeGreaterThanOrEqual(1);
    const evaluations = dialog.getByRole('table', { name: 'Evaluation' });
    expect(await cellsOf(evaluations, 'Positive')).toEqual({
      Evaluation: 'Positive',
      Entries: en.format(api.evaluations.positive),
    });
    expect(await seriousViolations(tab.page, '[role="dialog"]')).toEqual([]);
    await tab.shot(SHOTS, 'statistics-dialog-en-1280-light');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await tab.close();
  });

  test('When logged segments are listed, then a row shows its statistics and its menu opens them with the evaluations', async () => {
    const tab = await openTeamsPage(suite.browser, suite.web.origin, { page: 'tab', width: 1280 });
    await tab.root.getByRole('tab', { name: 'Logged segments', exact: true }).click();
    const row = tab.root.getByTestId(`logged-segment-${loggedEntryNo}`);
    await row.waitFor();
    const api = (await statisticsOf('logged-segments', [String(loggedEntryNo)])).get(String(loggedEntryNo))!;
    expect(api.noOfInteractions).toBeGreaterThan(0);
    const cells = await eventually(
      () => cellsOf(tab.root.getByRole('table'), String(loggedEntryNo)),
      (c) => Boolean(c['No. of interactions']),
    );
    expectSums(cells, api);
    await row.getByRole('button', { name: `Actions for logged segment ${loggedEntryNo}` }).click();
    await tab.page.getByRole('menuitem', { name: 'Statistics' }).click();
    const dialog = tab.page.getByRole('dialog', { name: `Statistics of ${loggedEntryNo}` });
    await dialog.getByRole('table', { name: 'Evaluation' }).waitFor();
    await dialog.getByRole('table', { name: 'Per month' }).waitFor();
    await tab.close();
  });

  test.each([
    [360, 'en', 'light'],
    [360, 'fi', 'dark'],
    [1280, 'fi', 'dark'],
    [1280, 'en', 'contrast'],
  ])(
    'When the templates list and a statistics dialog are looked at %i px wide in %s, %s, then nothing scrolls sideways',
    async (width, lang, theme) => {
      const tab = await openTeamsPage(suite.browser, suite.web.origin, { page: 'tab', width, lang, theme });
      const fi = lang === 'fi';
      await openSetupPage(tab, fi ? fiTab.nav.setup : 'Setup', fi ? fiSetup.nav.templates : 'Interaction templates');
      const open = fi ? fiInsights.statistics.openFor.replace('{{code}}', 'EMAIL') : 'Statistics of EMAIL';
      await tab.root.getByRole('button', { name: open, exact: true }).waitFor();
      expect(await sidewaysScroll(tab.page)).toBe(0);
      await tab.shot(SHOTS, `templates-statistics-${lang}-${width}-${theme}`, { fullPage: true });
      await tab.root.getByRole('button', { name: open, exact: true }).click();
      await tab.page.getByRole('dialog').getByRole('table').first().waitFor();
      await tab.shot(SHOTS, `statistics-dialog-${lang}-${width}-${theme}`);
      expect(tab.errors).toEqual([]);
      await tab.close();
    },
  );
});
