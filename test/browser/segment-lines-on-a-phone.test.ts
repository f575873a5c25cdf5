import { browserSuite } from '../support/browser-suite';
import { openTeamsPage } from '../support/teams-page';
import fiSegments from '../../addin/i18n/src/locales/segments/fi.json';

// Walk of issue 14: on a phone a line's "own" badge (fi "oma") was squeezed into two lines beside a long value.
jest.setTimeout(180_000);

const SHOTS = '/tmp/shots/walk18';
const suite = browserSuite('segment_lines_phone');

describe('Segment lines on a phone', () => {
  test('When a line overrides a long subject at 390 px in Finnish, then its badge reads on one line beside or under the value', async () => {
    const api = suite.web.api;
    const segment = (await api.post('/segments', { description: 'Puhelin', interaction: { templateCode: 'EMAIL' } }))
      .body;
    await api.post(`/segments/${segment.no}/add-contacts`, { filter: { emailDomain: 'contoso.example' } });
    const line = (await api.get(`/segments/${segment.no}/lines`)).body.items[1];
    await api.patch(`/segments/${segment.no}/lines/${line.lineNo}`, { subject: 'Tervehdys Contosolle' });

    const tab = await openTeamsPage(suite.browser, suite.web.origin, {
      page: 'tab',
      width: 390,
      lang: 'fi',
      theme: 'dark',
    });
    await tab.root.getByText(segment.no, { exact: true }).click();
    const row = tab.root.getByTestId(`segment-line-${line.contactNo}`);
    const badge = row.getByText(fiSegments.lines.overridden, { exact: true });
    await badge.waitFor();
    // The lines the badge's word is laid out on, and whether it fits the badge.
    const text = await badge.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      return { lines: tops.size, fits: range.getBoundingClientRect().width <= el.getBoundingClientRect().width };
    });
    expect(text).toEqual({ lines: 1, fits: true });
    await row.screenshot({ path: `${SHOTS}/segment-line-badge-390-fi-dark.png` });
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  test("When the log dialog shows the email at 390 px in Finnish, then each address stays whole (no lone '>' line)", async () => {
    const api = suite.web.api;
    const segment = (await api.post('/segments', { description: 'Osoitteet', interaction: { templateCode: 'EMAIL' } }))
      .body;
    await api.post(`/segments/${segment.no}/add-contacts`, { filter: { emailDomain: 'contoso.example' } });
    const tab = await openTeamsPage(suite.browser, suite.web.origin, { page: 'tab', width: 390, lang: 'fi' });
    await tab.root.getByText(segment.no, { exact: true }).click();
    await tab.root.getByRole('button', { name: fiSegments.editor.log, exact: true }).click();
    const card = tab.page.getByRole('group', { name: fiSegments.log.emails.previewLabel });
    await card.waitFor();
    // The closing '>' is on the line of the character before it.
    const addresses = await card.locator('span', { hasText: /^<.+@.+>$/ }).evaluateAll((spans) =>
      spans.map((span) => {
        const last = span.lastChild!;
        const end = last.textContent!.length;
        const topOf = (from: number) => {
          const range = document.createRange();
          range.setStart(last, from);
          range.setEnd(last, from + 1);
          return Math.round(range.getBoundingClientRect().top);
        };
        return { text: span.textContent, closingAlone: topOf(end - 1) !== topOf(end - 2) };
      }),
    );
    expect(addresses.map((a) => a.text)).toHaveLength(2);
    expect(addresses.filter((a) => a.closingAlone)).toEqual([]);
    await tab.shot(SHOTS, 'log-dialog-addresses-390-fi-light');
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  test('When the segment editor is in Finnish, then Reduce is not named like Delete', async () => {
    const segment = (await suite.web.api.post('/segments', { description: 'Nimet' })).body;
    const tab = await openTeamsPage(suite.browser, suite.web.origin, { page: 'tab', width: 1366, lang: 'fi' });
    await tab.root.getByText(segment.no, { exact: true }).click();
    const reduce = tab.root.getByRole('button', { name: fiSegments.criteria.open.reduce });
    await reduce.waitFor();
    expect(fiSegments.criteria.open.reduce.replace('…', '')).not.toBe(fiSegments.editor.delete);
    expect(fiSegments.criteria.title.reduce).toMatch(/^Vähennä/);
    await tab.close();
  });
});
