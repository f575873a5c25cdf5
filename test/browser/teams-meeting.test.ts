import { join } from 'node:path';
import { newPageOn, seriousViolations } from '../support/browser';
import { browserSuite, SCREENSHOTS } from '../support/browser-suite';

jest.setTimeout(120_000);

const SHOTS = SCREENSHOTS;
const ATTENDEES = [
  'robin.bauer@fabrikam.example',
  'petra.novakova@fabrikam.example',
  'dana.lee@contoso.example',
  'olga.smirnova@contoso.example',
];
const suite = browserSuite('teams_meeting');

async function meetingEntries(email: string) {
  const no = (await suite.web.api.get(`/contacts?email=${encodeURIComponent(email)}`)).body.items[0]?.no;
  if (!no) return [];
  return (await suite.web.api.get(`/interaction-log-entries?contactNo=${no}&limit=500`)).body.items.filter(
    (e: any) => e.source?.type === 'meeting' && String(e.source?.itemId).startsWith('teams-meeting:'),
  );
}

async function openPanel(options: { lang?: string; theme?: string } = {}) {
  const { context, page, errors } = await newPageOn(suite.browser, suite.web.origin, { width: 900, height: 1300 });
  await page.goto(
    `${suite.web.origin}/teams/preview.html?page=meeting&lang=${options.lang ?? 'en'}&theme=${options.theme ?? 'light'}`,
  );
  const panel = page.getByTestId('meeting-side-panel');
  await panel
    .getByRole('combobox')
    .filter({ hasText: /\(MEETINV\)/ })
    .waitFor();
  return { context, page, panel, errors };
}

describe('Teams meeting side panel', () => {
  test('When the meeting is recorded for all attendees twice, then each attendee has one entry and the second time says so', async () => {
    const first = await openPanel();
    await first.panel.getByTestId('person-jana.svobodova@contoso.example').getByText('Not in Interlog').waitFor();
    await first.panel.getByRole('button', { name: 'Record for 4 contacts' }).click();
    await first.panel.getByText('Recorded 4 interactions.').waitFor();
    await first.page.screenshot({ path: join(SHOTS, 'teams-meeting-recorded-en-light.png'), fullPage: true });
    await first.context.close();

    const second = await openPanel();
    for (const email of ATTENDEES)
      await second.panel.getByTestId(`person-${email}`).getByText('Already recorded').waitFor();
    for (const name of ['Robin Bauer', 'Petra Nováková', 'Dana Lee', 'Olga Smirnova'])
      await second.panel.getByRole('checkbox', { name: `Record for ${name}` }).check();
    await second.panel.getByRole('button', { name: 'Record for 4 contacts' }).click();
    await second.panel
      .getByText(/Recorded 4 interactions\.|Already recorded for/)
      .first()
      .waitFor();
    await second.context.close();

    for (const email of ATTENDEES) {
      const entries = await meetingEntries(email);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ templateCode: 'MEETINV', subject: 'Quarterly business review' });
    }
  });

  test('When the attendees are made a segment, then a segment with the known attendees exists to log later', async () => {
    const { context, panel } = await openPanel();
    await panel.getByRole('button', { name: 'Make a segment of the attendees' }).click();
    const message = await panel.getByText(/Segment \S+ created with \d+ contacts\./).textContent();
    const segmentNo = /Segment (\S+) created/.exec(message!)![1];
    const lines = (await suite.web.api.get(`/segments/${segmentNo}/lines?limit=50`)).body.items;
    expect(lines.map((l: any) => l.contactName).sort()).toEqual([
      'Dana Lee',
      'Olga Smirnova',
      'Petra Nováková',
      'Robin Bauer',
    ]);
    expect((await suite.web.api.get(`/segments/${segmentNo}`)).body.description).toBe(
      'Follow-up: Quarterly business review',
    );
    await context.close();
  });

  test.each([
    ['cs', 'dark'],
    ['ru', 'light'],
    ['fi', 'contrast'],
  ])(
    'When the panel opens in %s with the %s theme, then it is translated and axe finds no serious violation',
    async (lang, theme) => {
      const { context, page, errors } = await openPanel({ lang, theme });
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await page.screenshot({ path: join(SHOTS, `teams-meeting-${lang}-${theme}.png`), fullPage: true });
      expect(await seriousViolations(page, '[data-testid="meeting-side-panel"]')).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
