import type { Page } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import { outlookPane, type Theme } from '../support/outlook-pane';

// Issue 14: the pane's boot carries only the light theme; the dark and high contrast ones load when Outlook says.
jest.setTimeout(120_000);

const suite = browserSuite('pane_theme_load');
const { open } = outlookPane(
  () => suite.browser,
  () => suite.web,
);

/** Every script the page fetches, and the theme of the first themed element it paints. */
async function watchBoot(page: Page) {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const themed = document.querySelector('[data-theme]');
      if (!themed) return;
      document.documentElement.dataset.firstTheme = themed.getAttribute('data-theme') ?? '';
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true });
  });
  return scripts;
}

describe('Outlook pane: the theme Outlook reports', () => {
  test('When Outlook reports the light theme, then the pane fetches no other theme', async () => {
    let scripts: string[] = [];
    const session = await open('inboundKnown', { prepare: async (page) => (scripts = await watchBoot(page)) });

    expect(scripts.filter((path) => path.includes('host-themes'))).toEqual([]);
    expect(await session.page.locator('html').getAttribute('data-first-theme')).toBe('light');
    await session.close();
    expect(session.errors).toEqual([]);
  });

  test.each<Theme>(['dark', 'contrast'])(
    'When Outlook reports the %s theme, then the pane paints in it from its first frame',
    async (theme) => {
      let scripts: string[] = [];
      const session = await open('inboundKnown', { theme, prepare: async (page) => (scripts = await watchBoot(page)) });

      expect(scripts.filter((path) => path.includes('host-themes'))).toHaveLength(1);
      expect(await session.page.locator('html').getAttribute('data-first-theme')).toBe(theme);
      expect(await session.pane.locator('[data-theme]').first().getAttribute('data-theme')).toBe(theme);
      await session.close();
      expect(session.errors).toEqual([]);
    },
  );
});
