import { join } from 'node:path';
import { newPageOn } from '../support/browser';
import { browserSuite, SCREENSHOTS } from '../support/browser-suite';

jest.setTimeout(240_000);

const SHOTS = SCREENSHOTS;
const LINES = 2000;
// One entry per insert: 2,000 lines take seconds, not the one the dialog waits between polls.
const suite = browserSuite('teams_segment_progress', { segmentLog: { batchSize: 1, leaseMs: 15000 } });

test('When a large segment is logged from the tab, then the dialog shows the count growing and every line gets exactly one entry', async () => {
  for (let start = 0; start < LINES; start += 1000) {
    const contacts = Array.from({ length: 1000 }, (_, i) => ({
      no: `BULK${String(start + i).padStart(5, '0')}`,
      name: `Bulk contact ${start + i}`,
      email: `bulk${start + i}@bulk.example`,
    }));
    expect((await suite.web.api.post('/contacts/batch', { contacts })).status).toBe(200);
  }
  const segment = (
    await suite.web.api.post('/segments', {
      no: 'BIGMAIL',
      description: 'Big mailing',
      interaction: { templateCode: 'EMAIL' },
    })
  ).body;
  expect(
    (await suite.web.api.post(`/segments/${segment.no}/add-contacts`, { filter: { emailDomain: 'bulk.example' } })).body
      .noOfLines,
  ).toBe(LINES);

  const { context, page, errors } = await newPageOn(suite.browser, suite.web.origin, { width: 1280, height: 900 });
  await page.goto(`${suite.web.origin}/teams/preview.html?page=tab&lang=en&theme=light`);
  const tab = page.getByTestId('marketing-tab');
  await tab.getByRole('button', { name: 'BIGMAIL' }).click();
  await tab.getByRole('button', { name: 'Log', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByText('2,000 interactions will be recorded', { exact: false }).waitFor();
  // The logging is under test here, not 2,000 emails going out through the Graph stand-in: left unticked.
  await dialog.getByRole('checkbox', { name: /Also send 2,000 emails/ }).waitFor();
  await dialog.getByRole('button', { name: 'Log 2,000 interactions' }).click();

  const seen = new Set<number>();
  const progress = dialog.getByText(/^Recorded [\d,]+ of 2,000$/);
  const finished = tab.getByText(/Segment BIGMAIL logged: 2,000 interactions recorded/);
  while (!(await finished.isVisible())) {
    const text = await progress.textContent({ timeout: 1000 }).catch(() => null);
    if (text) seen.add(Number(/Recorded ([\d,]+)/.exec(text)![1].replace(/,/g, '')));
    await page.waitForTimeout(100);
  }
  await page.screenshot({ path: join(SHOTS, 'teams-segment-logged-large-en-light.png') });

  const partial = [...seen].filter((n) => n > 0 && n < LINES);
  expect(partial.length).toBeGreaterThan(0);
  expect((await suite.web.api.get(`/interaction-log-entries/count?segmentNo=BIGMAIL`)).body.count).toBe(LINES);
  const logged = (await suite.web.api.get('/logged-segments?segmentNo=BIGMAIL')).body.items;
  expect(logged).toHaveLength(1);
  expect(logged[0].noOfInteractions).toBe(LINES);
  expect(errors).toEqual([]);
  await context.close();
});
