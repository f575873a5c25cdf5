import type { Locator } from 'playwright-core';
import { seriousViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';
import { openTeamsPage, sidewaysScroll, type TeamsPage } from '../support/teams-page';
import fi from '../../addin/i18n/src/locales/insights/fi.json';
import fiTab from '../../addin/i18n/src/locales/tab/fi.json';

// Issue 16, point 2: the Insights section of the Teams tab (weekly chart, totals, a logged segment's results).
jest.setTimeout(240_000);

const SHOTS = '/tmp/shots/s16ui';
const suite = browserSuite('teams_insights');

const isoDay = (daysAgo: number) => {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
/** The last 4 weeks' first day: the Monday three weeks before this week's. */
const LAST_4_WEEKS = 21 + ((new Date().getDay() + 6) % 7);
const atNoon = (daysAgo: number) => new Date(`${isoDay(daysAgo)}T12:00:00`).toISOString();
const number = (value: number) => new Intl.NumberFormat('en').format(value);

let loggedEntryNo: number;

beforeAll(async () => {
  const contacts = (await suite.web.api.get('/contacts?search=fabrikam.example')).body.items as { no: string }[];
  const record = async (templateCode: string, daysAgo: number, extra: Record<string, unknown> = {}) =>
    expect(
      (
        await suite.web.api.post('/interactions', {
          contactNo: contacts[0].no,
          templateCode,
          date: atNoon(daysAgo),
          ...extra,
        })
      ).status,
    ).toBe(201);
  await record('EMAIL', 1, { evaluation: 'positive' });
  await record('EMAIL', 8);
  await record('OUTGCALL', 9, { attemptFailed: true });
  await record('OUTGCALL', 15, { evaluation: 'negative' });
  const segment = (
    await suite.web.api.post('/segments', { description: 'Autumn mailing', interaction: { templateCode: 'EMAIL' } })
  ).body;
  await suite.web.api.post(`/segments/${segment.no}/add-contacts`, { filter: { emailDomain: 'fabrikam.example' } });
  loggedEntryNo = (await suite.web.api.post(`/segments/${segment.no}/log`, {})).body.loggedSegmentEntryNo;
  const entries = (await suite.web.api.get(`/interaction-log-entries?loggedSegmentEntryNo=${loggedEntryNo}`)).body
    .items;
  await suite.web.api.patch(`/interaction-log-entries/${entries[0].entryNo}`, { evaluation: 'veryPositive' });
});

async function openInsights(options: { width?: number; lang?: string; theme?: string } = {}) {
  const tab = await openTeamsPage(suite.browser, suite.web.origin, { page: 'tab', width: 1280, ...options });
  const name = options.lang === 'fi' ? fiTab.nav.insights : 'Insights';
  await tab.root.getByRole('tab', { name, exact: true }).click();
  return tab;
}

const weeklyFigure = (tab: TeamsPage, name = 'Interactions per week') => tab.root.getByRole('figure', { name });
/** The rows of a table as their cells' texts. */
const rowsOf = async (table: Locator) =>
  (await table.locator('tbody tr').all()).map(async (row) =>
    (await row.locator('td').allInnerTexts()).map((t) => t.trim()),
  );

describe('Teams tab: Insights', () => {
  test('When the insights page opens, then the weekly chart has its name, description and bars, and its table shows the weekly counts the API gives', async () => {
    const tab = await openInsights();
    const figure = weeklyFigure(tab);
    await figure.locator('svg rect').first().waitFor();
    expect(await figure.getAttribute('aria-describedby')).toBeTruthy();
    const api = (await suite.web.api.get(`/insights/interactions?from=${isoDay(LAST_4_WEEKS)}&to=${isoDay(0)}&by=none`))
      .body;
    expect(api.totals.noOfInteractions).toBeGreaterThanOrEqual(4);

    await figure.getByRole('switch', { name: 'Show as table' }).check();
    const table = figure.getByRole('table', { name: 'Interactions per week' });
    await table.waitFor();
    const rows = await Promise.all(await rowsOf(table));
    const long = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
    expect(rows).toEqual(
      api.weeks.map((week: string) => [
        long.format(new Date(`${week}T00:00:00Z`)),
        number(api.series[0]?.points.find((p: { week: string }) => p.week === week)?.noOfInteractions ?? 0),
      ]),
    );
    const totals = tab.root.locator('dl').first();
    await totals.getByText(number(api.totals.noOfInteractions), { exact: true }).waitFor();
    await totals
      .getByText(new Intl.NumberFormat('en', { minimumFractionDigits: 2 }).format(api.totals.costLcy))
      .first()
      .waitFor();
    expect(await seriousViolations(tab.page, '[data-testid="marketing-tab"]')).toEqual([]);
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  test('When the split and the period change, then the page asks the API again and the table has a column per template it names', async () => {
    const tab = await openInsights();
    await weeklyFigure(tab).locator('svg rect').first().waitFor();
    const asked = tab.page.waitForRequest(
      (r) => r.url().includes('/insights/interactions') && r.url().includes('by=template'),
    );
    await tab.root.getByRole('combobox', { name: 'Split by' }).click();
    await tab.page.getByRole('option', { name: 'Interaction template' }).click();
    await asked;
    const longer = tab.page.waitForRequest((r) => {
      const url = new URL(r.url());
      return url.pathname.endsWith('/insights/interactions') && url.searchParams.get('from') !== isoDay(LAST_4_WEEKS);
    });
    await tab.root.getByRole('combobox', { name: 'Period' }).click();
    await tab.page.getByRole('option', { name: 'Last 12 months' }).click();
    await longer;
    const figure = weeklyFigure(tab);
    await figure.locator('svg rect').first().waitFor();
    await tab.shot(SHOTS, 'insights-by-template-12-months-en-1280-light', { fullPage: true });
    await figure.getByRole('switch', { name: 'Show as table' }).check();
    const table = figure.getByRole('table');
    await table.getByRole('columnheader', { name: /\(EMAIL\)$/ }).waitFor();
    await table.getByRole('columnheader', { name: /\(OUTGCALL\)$/ }).waitFor();
    await table.getByRole('columnheader', { name: 'Total' }).waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(52);
    await tab.close();
  });

  test('When a custom period ends before it starts, then the page shows why it cannot be shown', async () => {
    const tab = await openInsights();
    await tab.root.getByRole('combobox', { name: 'Period' }).click();
    await tab.page.getByRole('option', { name: 'Custom period' }).click();
    const from = tab.root.getByRole('combobox', { name: 'From', exact: true });
    await from.fill('Dec 20, 2026');
    await tab.page.keyboard.press('Tab');
    const to = tab.root.getByRole('combobox', { name: 'To', exact: true });
    await to.fill('Dec 1, 2026');
    await tab.page.keyboard.press('Tab');
    await tab.root
      .getByRole('alert')
      .getByText(/its start must be on or before its end/)
      .waitFor();
    await tab.shot(SHOTS, 'insights-bad-period-en-1280-light');
    await tab.close();
  });

  test("When a logged segment is chosen, then its results show the API's entries, attempts failed, emails and evaluations", async () => {
    const tab = await openInsights();
    const api = (await suite.web.api.get(`/statistics/logged-segments/${loggedEntryNo}`)).body;
    const results = tab.root.getByRole('region', { name: 'Logged segment results' });
    await results.getByRole('combobox', { name: 'Logged segment' }).click();
    await tab.page.getByRole('option', { name: new RegExp(`^${loggedEntryNo} · Autumn mailing`) }).click();
    const figure = results.getByRole('figure', { name: `Evaluations of logged segment ${loggedEntryNo}` });
    await figure.locator('svg rect').first().waitFor();
    const figureOf = (label: string) =>
      results.locator('dl > div', { has: tab.page.locator('dt', { hasText: label }) }).locator('dd');
    expect(await figureOf('No. of interactions').textContent()).toBe(number(api.noOfInteractions));
    expect(await figureOf('Attempts failed').textContent()).toBe(number(api.attemptsFailed));
    expect(await figureOf('Emails delivered').textContent()).toBe(number(api.emailsDelivered));
    expect(await figureOf('Emails pending').textContent()).toBe(number(api.emailsPending));

    await figure.getByRole('switch', { name: 'Show as table' }).check();
    const rows = await Promise.all(await rowsOf(figure.getByRole('table')));
    const names = ['Very positive', 'Positive', 'Neutral', 'Negative', 'Very negative', '(none)'];
    const keys = ['veryPositive', 'positive', 'neutral', 'negative', 'veryNegative', 'none'];
    expect(rows).toEqual(keys.map((key, i) => [names[i], number(api.evaluations[key])]));
    expect(api.evaluations.veryPositive).toBe(1);
    await tab.close();
  });

  test('When the tab shows its other sections, then the charts are not loaded; they come with the Insights section', async () => {
    const tab = await openTeamsPage(suite.browser, suite.web.origin, { page: 'tab', width: 1280 });
    const scripts: string[] = [];
    tab.page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    for (const section of ['Logged segments', 'Interaction log', 'Setup']) {
      await tab.root.getByRole('tab', { name: section, exact: true }).click();
      await tab.root.getByRole('heading', { level: 2 }).first().waitFor();
    }
    await tab.root.getByRole('heading', { name: 'Marketing setup', level: 3 }).waitFor();
    expect(scripts.filter((path) => path.includes('InsightsView'))).toEqual([]);
    await tab.root.getByRole('tab', { name: 'Insights', exact: true }).click();
    await weeklyFigure(tab).locator('svg rect').first().waitFor();
    expect(scripts.filter((path) => path.includes('InsightsView'))).toHaveLength(1);
    await tab.close();
  });

  test("When the host switches from light to dark, then the evaluation bars take the palette's dark shades", async () => {
    const tab = await openInsights();
    // The series colors read on both backgrounds; the evaluations' semantic colors have a shade per theme.
    const veryPositive = tab.root
      .getByRole('figure', { name: /^Evaluations of logged segment/ })
      .locator('svg rect[fill]')
      .first();
    await veryPositive.waitFor();
    const light = await veryPositive.getAttribute('fill');
    await tab.page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    const dark = await eventually(
      () => veryPositive.getAttribute('fill'),
      (fill) => fill !== light,
    );
    expect([light, dark]).toEqual(['#094509', '#218c21']);
    await tab.close();
  });

  test.each([
    [360, 'en', 'light'],
    [360, 'fi', 'dark'],
    [1280, 'fi', 'light'],
    [1280, 'en', 'dark'],
    [1280, 'en', 'contrast'],
    [360, 'fi', 'contrast'],
  ])(
    'When the page is looked at %i px wide in %s, %s, then the charts fit and nothing scrolls sideways',
    async (width, lang, theme) => {
      const tab = await openInsights({ width, lang, theme, height: 1400 } as never);
      const title = lang === 'fi' ? fi.weekly.title : 'Interactions per week';
      await weeklyFigure(tab, title).locator('svg rect').first().waitFor();
      await tab.root.getByRole('region').locator('svg rect').first().waitFor();
      expect(await sidewaysScroll(tab.page)).toBe(0);
      await tab.shot(SHOTS, `insights-${lang}-${width}-${theme}`, { fullPage: true });
      expect(tab.errors).toEqual([]);
      await tab.close();
    },
  );
});
