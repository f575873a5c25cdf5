import type { Browser, Locator, Page } from 'playwright-core';
import { animationsSettled, newPageOn } from './browser';

/** The widths the Teams pages are looked at: Teams mobile, a small laptop, a common desktop. */
export const WIDTHS = [360, 1000, 1366] as const;

/** Every width in English and Russian, light and dark: [width, lang, theme]. */
export const LOOKS = WIDTHS.flatMap((width) =>
  (['en', 'ru'] as const).flatMap((lang) => (['light', 'dark'] as const).map((theme) => [width, lang, theme] as const)),
);

export interface TeamsPage {
  page: Page;
  /** The page's own content (the tab or the side panel), without the preview's switches. */
  root: Locator;
  errors: string[];
  close: () => Promise<void>;
  /** Screenshot of the viewport (or the whole page) once dialogs have faded in, under `dir`. */
  shot: (dir: string, name: string, options?: { fullPage?: boolean }) => Promise<void>;
}

/** Opens the Teams preview of the tab or the side panel at a width, in a language and theme. */
export async function openTeamsPage(
  browser: Browser,
  origin: string,
  options: { page: 'tab' | 'meeting'; width?: number; height?: number; lang?: string; theme?: string },
): Promise<TeamsPage> {
  const { context, page, errors } = await newPageOn(browser, origin, {
    width: options.width ?? 1366,
    height: options.height ?? 900,
  });
  await page.goto(
    `${origin}/teams/preview.html?page=${options.page}&lang=${options.lang ?? 'en'}&theme=${options.theme ?? 'light'}`,
  );
  const root = page.getByTestId(options.page === 'tab' ? 'marketing-tab' : 'meeting-side-panel');
  await root.waitFor();
  return {
    page,
    root,
    errors,
    close: () => context.close(),
    shot: async (dir, name, shotOptions) => {
      await animationsSettled(page);
      await page.screenshot({ path: `${dir}/${name}.png`, fullPage: shotOptions?.fullPage });
    },
  };
}

/** How far the page scrolls sideways (0 when it fits its width). */
export const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
