import type { Locator } from 'playwright-core';
import { newPageOn, seriousViolations } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { eventually } from '../support/eventually';

// Issue 15, points 7 and 12 in the Teams tab: names first, numbers secondary, and comments in the log.
jest.setTimeout(180_000);

const suite = browserSuite('teams_names');
const api = () => suite.web.api;
const SHOTS = '/tmp/shots/a15b';

async function openTab(section: number, options: { lang?: string; theme?: string; width?: number } = {}) {
  const { context, page, errors } = await newPageOn(suite.browser, suite.web.origin, {
    width: options.width ?? 1366,
    height: 1000,
  });
  await page.goto(
    `${suite.web.origin}/teams/preview.html?page=tab&lang=${options.lang ?? 'en'}&theme=${options.theme ?? 'light'}`,
  );
  const tab = page.getByTestId('marketing-tab');
  await tab.getByRole('tab').nth(section).click();
  return { context, page, tab, errors };
}

const robin = async () => (await api().get('/contacts?email=robin.bauer%40fabrikam.example')).body.items[0];
const texts = async (row: Locator) =>
  (await row.locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());

describe('Teams tab: names, not numbers', () => {
  test("When the interaction log lists an entry, then it shows the contact's, company's, template's and salesperson's names with the numbers secondary, the subject and the comment", async () => {
    const contact = await robin();
    const entry = (
      await api().post('/interactions', {
        contactNo: contact.no,
        templateCode: 'OUTGCALL',
        description: 'Call about the catalogue',
        subject: 'Spring catalogue prices',
        comment: 'Wants 40 chairs.',
      })
    ).body;
    const { context, page, tab, errors } = await openTab(2);
    await tab.getByRole('form').waitFor();
    await tab.getByRole('textbox', { name: 'Contact no.' }).fill(contact.no);
    await tab.getByRole('button', { name: 'Apply filters' }).click();
    const row = tab.getByTestId(`log-entry-${entry.entryNo}`);
    await row.waitFor();

    const cells = await texts(row);
    expect(cells).toEqual(
      expect.arrayContaining([
        `Robin Bauer ${contact.no} Fabrikam Inc.`,
        'Call about the catalogue Spring catalogue prices',
        `${entry.templateDescription} OUTGCALL`,
        'Annette Hill AH',
      ]),
    );
    expect(cells.some((c) => c.startsWith('Wants 40 chairs.'))).toBe(true);
    await page.screenshot({ path: `${SHOTS}/teams-log-names-en-light-1366.png`, fullPage: true });

    await row.getByRole('button', { name: 'Edit the comment' }).click();
    await row.getByRole('textbox', { name: `Comment on entry ${entry.entryNo}` }).fill('Wants 45 chairs.');
    await row.getByRole('button', { name: 'Save comment' }).click();
    await row.getByText('Wants 45 chairs.').waitFor();
    const commentNow = () =>
      api()
        .get(`/interaction-log-entries/${entry.entryNo}`)
        .then((res) => res.body.comment as string);
    expect(await eventually(commentNow, (comment) => comment === 'Wants 45 chairs.')).toBe('Wants 45 chairs.');
    expect(await seriousViolations(page, '[data-testid="marketing-tab"]')).toEqual([]);
    await context.close();
    expect(errors).toEqual([]);
  });

  test('When a segment is listed and opened, then the list names its template and salesperson, each line its contact and company, and a criteria step its salesperson', async () => {
    const contact = await robin();
    const segment = (
      await api().post('/segments', {
        description: 'Names test',
        salespersonCode: 'JO',
        interaction: { templateCode: 'OUTGCALL' },
      })
    ).body;
    expect((await api().post(`/segments/${segment.no}/lines`, { contactNo: contact.no })).status).toBe(201);
    const step = await api().post(`/segments/${segment.no}/add-contacts`, { filter: { salespersonCode: 'AH' } });
    expect(step.status).toBe(200);
    const { context, page, tab, errors } = await openTab(0);
    const listRow = tab.getByRole('row').filter({ hasText: segment.no });
    await listRow.waitFor();
    expect(await texts(listRow)).toEqual(
      expect.arrayContaining([`${segment.templateDescription} OUTGCALL`, 'Jim Olive JO']),
    );

    await listRow.getByText(segment.no, { exact: true }).click();
    const line = tab.getByTestId(`segment-line-${contact.no}`);
    await line.waitFor();
    expect(await texts(line)).toEqual(
      expect.arrayContaining([`Robin Bauer ${contact.no}`, `Fabrikam Inc. ${contact.companyNo}`]),
    );
    await tab
      .getByText(/Annette Hill \(AH\)/)
      .first()
      .waitFor();
    await page.screenshot({ path: `${SHOTS}/teams-segment-lines-names-en-light.png`, fullPage: true });
    await context.close();
    expect(errors).toEqual([]);
  });

  test.each([
    ['ru', 'dark', 1000],
    ['en', 'light', 1000],
  ])('When the log is shown in %s (%s) at %i px, then names and comments fit the table', async (lang, theme, width) => {
    const { context, page, tab } = await openTab(2, { lang, theme, width });
    await tab.getByRole('form').waitFor();
    await tab
      .getByTestId(/^log-entry-/)
      .first()
      .waitFor();
    await page.screenshot({ path: `${SHOTS}/teams-log-${lang}-${theme}-${width}.png`, fullPage: true });
    await context.close();
  });
});
