import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { openTeamsPage, sidewaysScroll } from '../support/teams-page';
import { startWebApp, type WebApp } from '../support/web-app';

jest.setTimeout(300_000);

const SHOTS = '/tmp/shots/a15c';
let web: WebApp;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [web, browser] = await Promise.all([startWebApp('teams_phone_width'), launchBrowser()]);
  // Something in every list: a logged segment and log entries besides the demo's segment.
  const segment = (
    await web.api.post('/segments', { description: 'Phone check', interaction: { templateCode: 'EMAIL' } })
  ).body;
  await web.api.post(`/segments/${segment.no}/add-contacts`, { filter: { emailDomain: 'fabrikam.example' } });
  await web.api.post(`/segments/${segment.no}/log`, {});
});
afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

/** Each page of the tab, reached as a user would, with what shows it is there. */
const pages: [string, (root: Locator, page: Page) => Promise<void>][] = [
  ['segments', async (root) => void (await root.getByRole('table').waitFor())],
  [
    'segment-editor',
    async (root) => {
      await root.getByRole('table').getByRole('button').first().click();
      await root
        .getByTestId(/^segment-line-/)
        .first()
        .waitFor();
    },
  ],
  [
    'logged-segments',
    async (root) => {
      await root.getByRole('tab').nth(1).click();
      await root
        .getByTestId(/^logged-segment-/)
        .first()
        .waitFor();
    },
  ],
  [
    'interaction-log',
    async (root) => {
      await root.getByRole('tab').nth(2).click();
      await root
        .getByTestId(/^log-entry-/)
        .first()
        .waitFor();
    },
  ],
  ...['marketingSetup', 'numberSeries', 'groups', 'templates', 'templateSetup', 'salespeople', 'recording'].map(
    (name): [string, (root: Locator) => Promise<void>] => [
      `setup-${name}`,
      async (root) => {
        await root.getByRole('tab').nth(3).click();
        await root.locator(`#setup-tab-${name}`).click();
        await root.locator('#setup-page').getByRole('heading').first().waitFor();
      },
    ],
  ),
];

describe('Teams tab at phone width', () => {
  test.each([
    [360, 'en', 'light'],
    [360, 'ru', 'dark'],
    [420, 'en', 'dark'],
    [420, 'ru', 'light'],
  ])(
    'When every tab page is opened at %i px (%s, %s), then none scrolls the page sideways and the section tabs fit or scroll themselves',
    async (width, lang, theme) => {
      const failures: string[] = [];
      for (const [name, open] of pages) {
        const tab = await openTeamsPage(browser, web.origin, { page: 'tab', width, height: 800, lang, theme });
        await open(tab.root, tab.page);
        await tab.page.waitForTimeout(200);
        const sideways = await sidewaysScroll(tab.page);
        if (sideways > 0) failures.push(`${name}: ${sideways}px`);
        await tab.shot(SHOTS, `phone-${name}-${width}-${lang}-${theme}`, { fullPage: true });
        expect(tab.errors).toEqual([]);
        await tab.close();
      }
      expect(failures).toEqual([]);
    },
  );
});
