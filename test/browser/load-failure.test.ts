import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../support/browser';
import { openTeamsPage } from '../support/teams-page';
import { startWebApp, type WebApp } from '../support/web-app';

const SHOTS = '/tmp/shots/load-failure';
let web: WebApp;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [web, browser] = await Promise.all([startWebApp('load_failure'), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

describe('A page part whose code cannot be loaded', () => {
  test.each([
    ['en', 'dark', 'This part of Interlog could not be loaded', 'Reload'],
    ['ru', 'light', 'Не удалось загрузить эту часть Interlog', 'Перезагрузить'],
  ])(
    'When the interaction log cannot be loaded (%s, %s), then the tab says so and offers a reload instead of going blank',
    async (lang, theme, title, reload) => {
      const tab = await openTeamsPage(browser, web.origin, { page: 'tab', lang, theme, width: 1000 });
      // As after a deploy: the old page asks for a file the server no longer has.
      await tab.page.route(/\/assets\/InteractionLogView-[^/]+\.js$/, (route) => route.fulfill({ status: 404 }));
      await tab.root.getByRole('tab', { name: lang === 'en' ? 'Interaction log' : /Журнал/ }).click();
      const alert = tab.root.getByRole('alert').filter({ hasText: title });
      await alert.waitFor();
      await tab.shot(SHOTS, `log-failed-${lang}-${theme}`);

      await tab.page.unroute(/\/assets\/InteractionLogView-[^/]+\.js$/);
      await alert.getByRole('button', { name: reload }).click();
      await tab.root.waitFor();
      expect(await tab.page.getByRole('alert').filter({ hasText: title }).count()).toBe(0);
      await tab.close();
    },
  );
});
