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

  test("When the pane starts, then the local token comes with the sign-in settings, and the first reads leave before the stand-ins' code", async () => {
    const { context, page, errors } = await newPageOn(suite.browser, suite.web.origin, { width: 360, height: 800 });
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(
      `${suite.web.origin}/preview.html?sample=inboundKnown&lang=en&variant=-first-requests-${Date.now()}`,
    );
    await paneReady(page.getByTestId('task-pane'));
    const first = (path: RegExp) => asked.findIndex((asked) => path.test(asked));

    // Over HTTP/1.1 six connections: the reads Record waits for go ahead of the twenty files drawn as stand-ins.
    for (const read of [/\/reference-data$/, /\/contacts$/, /\/interaction-log-entries$/])
      expect([String(read), first(read) >= 0 && first(read) < first(LATER)]).toEqual([String(read), true]);
    // Asked for once the settings say local mode, while the pane's code still loads (its strings come after it).
    expect(first(/\/local\/token$/)).toBeLessThan(first(/\/strings-en-/));
    expect(asked.filter((path) => path.endsWith('/local/token'))).toHaveLength(1);
    await context.close();
    expect(errors).toEqual([]);
  });
});
