import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { LOOKS, openTeamsPage, sidewaysScroll } from '../support/teams-page';
import { startWebApp, type WebApp } from '../support/web-app';

jest.setTimeout(240_000);

const SHOTS = '/tmp/shots/a15c';
let web: WebApp;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [web, browser] = await Promise.all([startWebApp('teams_side_panel'), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

/** The demo meeting starts today at 09:00 UTC (the Graph stand-in): as the panel's date and time fields show it. */
const meetingStartInput = (page: Page, lang: string) =>
  page.evaluate((lang) => {
    const start = new Date(`${new Date().toISOString().slice(0, 10)}T09:00:00Z`);
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(start);
    return `${date} ${new Intl.DateTimeFormat(lang, { timeStyle: 'short' }).format(start)}`;
  }, lang);

const templateBox = (panel: ReturnType<Page['getByTestId']>) =>
  panel.getByRole('combobox', { name: /Interaction template|Шаблон взаимодействия/ });

async function openPanel(options: { width?: number; lang?: string; theme?: string } = {}) {
  const panel = await openTeamsPage(browser, web.origin, { page: 'meeting', height: 1300, ...options });
  await templateBox(panel.root)
    .filter({ hasText: /\([A-Z-]+\)/ })
    .waitFor();
  return panel;
}

describe('Teams meeting side panel', () => {
  test.each(LOOKS)(
    "When the side panel opens in a meeting (%i px, %s, %s), then the date is the meeting's start, the header shows the meeting's time and nothing scrolls sideways",
    async (width, lang, theme) => {
      const panel = await openPanel({ width, lang, theme });
      const field = (name: string) => panel.root.getByRole('combobox', { name, exact: true }).inputValue();
      const [dateLabel, timeLabel] = lang === 'en' ? ['Date', 'Time'] : ['Дата', 'Время'];
      expect(`${await field(dateLabel)} ${await field(timeLabel)}`).toBe(await meetingStartInput(panel.page, lang));
      const time = await panel.root.getByTestId('meeting-time').textContent();
      expect(time).toMatch(/9:00|09:00/);
      expect(time).toMatch(/10:00/);
      await panel.shot(SHOTS, `side-panel-${width}-${lang}-${theme}`);
      expect(await sidewaysScroll(panel.page)).toBeLessThanOrEqual(0);
      expect(panel.errors).toEqual([]);
      await panel.close();
    },
  );

  test("When the user has not chosen a template, then it is the setup's meeting template; once they choose one, the panel remembers it for them", async () => {
    const panel = await openPanel();
    await templateBox(panel.root).filter({ hasText: '(MEETINV)' }).waitFor();
    await templateBox(panel.root).click();
    await panel.page.getByRole('option', { name: 'Meeting follow-up' }).click();
    await templateBox(panel.root).filter({ hasText: '(FOLLOWUP)' }).waitFor();
    await panel.page.reload();
    await templateBox(panel.root).filter({ hasText: '(FOLLOWUP)' }).waitFor();
    await panel.close();

    // Another user (another browser profile) still starts from the setup's meeting template.
    const other = await openPanel();
    await templateBox(other.root).filter({ hasText: '(MEETINV)' }).waitFor();
    await other.close();
  });

  test("When the remembered template no longer exists, then the panel starts from the setup's meeting template", async () => {
    const panel = await openPanel();
    await templateBox(panel.root).click();
    await panel.page.getByRole('option', { name: 'Meeting follow-up' }).click();
    await templateBox(panel.root).filter({ hasText: '(FOLLOWUP)' }).waitFor();
    await panel.page.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith('interlog.meetingTemplate.')) localStorage.setItem(key, 'DELETED');
    });
    await panel.page.reload();
    await templateBox(panel.root).filter({ hasText: '(MEETINV)' }).waitFor();
    await panel.close();
  });

  test("When the attendees are made a segment, then it has the meeting's interaction, links to it in the tab, and a second click opens the same segment", async () => {
    const panel = await openPanel();
    await panel.root.getByRole('button', { name: 'Make a segment of the attendees' }).click();
    const message = await panel.root.getByText(/Segment \S+ created with \d+ contacts\./).textContent();
    const segmentNo = /Segment (\S+) created/.exec(message!)![1];
    expect((await web.api.get(`/segments/${segmentNo}`)).body.interaction).toMatchObject({
      templateCode: 'MEETINV',
      subject: 'Quarterly business review',
    });
    await panel.shot(SHOTS, 'side-panel-segment-made-1366-en-light');
    await panel.root.getByRole('button', { name: `Open segment ${segmentNo} in the Segments tab` }).click();
    await panel.page
      .getByTestId('marketing-tab')
      .getByRole('heading', { name: new RegExp(`Segment ${segmentNo} ·`) })
      .waitFor();
    expect(new URL(panel.page.url()).searchParams.get('sub')).toBe(`segment:${segmentNo}`);
    await panel.close();

    const again = await openPanel();
    await again.root.getByRole('button', { name: 'Make a segment of the attendees' }).click();
    await again.root.getByText(`Segment ${segmentNo} created with 4 contacts.`).waitFor();
    await again.root.getByRole('button', { name: `Open segment ${segmentNo} in the Segments tab` }).click();
    await again.page
      .getByTestId('marketing-tab')
      .getByRole('heading', { name: new RegExp(`Segment ${segmentNo} ·`) })
      .waitFor();
    const segments = (await web.api.get('/segments?limit=500')).body.items as { description: string }[];
    expect(segments.filter((s) => s.description === 'Follow-up: Quarterly business review')).toHaveLength(1);
    await again.close();
  });
});
