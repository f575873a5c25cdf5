import type { Page, Route } from 'playwright-core';
import { browserSuite } from '../support/browser-suite';
import { newPageOn } from '../support/browser';
import { eventually } from '../support/eventually';
import { locales, paneReady, type Lang } from '../support/outlook-pane';

// Issue 14, goal 4: the pickers, the view tabs and the avatars load after the pane's first paint, drawn meanwhile as
// stand-ins of their size; when their code comes, nothing on the pane may move.
jest.setTimeout(120_000);

const suite = browserSuite('pane_stand_ins');
const LATER =
  /\/assets\/(PaneTabList|ContactAvatar|TemplateDropdown|TimePickerControl|ContactSearchControl|CommentBox)-[^/]*\.js$/;

/** Where the view header, the people and the fields sit, down to the Record button (what comes below loads later). */
const layout = (page: Page, lang: Lang) =>
  page.evaluate(
    (record) => {
      const pane = document.querySelector('[data-testid="task-pane"]')!;
      const button = [...pane.querySelectorAll('button')].find((b) => b.textContent === record)!;
      const bottom = button.getBoundingClientRect().bottom;
      return [...pane.querySelectorAll('header, li, .fui-Field'), button]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.bottom <= bottom)
        .map((r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`);
    },
    locales[lang].form.record_one.replace('{{count}}', '1'),
  );

describe('Outlook pane: what loads after the first paint', () => {
  test.each<[number, Lang]>([
    [350, 'ru'],
    [1280, 'en'],
  ])(
    'When the pickers, tabs and avatars load after the first paint (%i px, %s), then nothing on the pane moves',
    async (width, lang) => {
      const { context, page, errors } = await newPageOn(suite.browser, suite.web.origin, { width, height: 900 });
      const held: Route[] = [];
      await page.route(LATER, (route) => void held.push(route));
      await page.goto(
        `${suite.web.origin}/preview.html?sample=inboundKnown&lang=${lang}&variant=-stand-in-${width}-${Date.now()}`,
      );
      const pane = page.getByTestId('task-pane');
      await pane.getByRole('listitem').first().waitFor();
      expect(
        await eventually(
          async () => held.length,
          (count) => count === 6,
        ),
      ).toBe(6);
      await page.getByRole('button', { name: locales[lang].form.record_one.replace('{{count}}', '1') }).waitFor();
      const drawn = await layout(page, lang);

      for (const route of held) await route.continue();
      await paneReady(pane);
      await pane.getByRole('tab').first().waitFor();
      await pane.locator('.fui-Avatar').first().waitFor();

      expect(await layout(page, lang)).toEqual(drawn);
      await context.close();
      expect(errors).toEqual([]);
    },
  );
});
