import type { Browser } from 'playwright-core';
import { launchBrowser, newPageOn } from '../support/browser';
import { rawGet } from '../support/raw-get';
import { startWebApp, WEB_ROOT, type WebApp } from '../support/web-app';
import { PANE_BOOT_GOAL_KB, paneBootScripts } from '../support/pane-boot-js';

/**
 * The ceiling the pane's boot JavaScript may not pass, brotli as served: issue 14's PANE_BOOT_GOAL_KB, reached with
 * Preact rendering the pages in React's place (addin/react-on-preact.cjs). It holds what was reached and fails on
 * any growth: lower it when the boot gets smaller, never raise it without moving code out of the boot.
 */
const PANE_BOOT_LIMIT_KB = 140;

let web: WebApp;
let browser: Browser;
beforeAll(async () => {
  web = await startWebApp('pane_load_budget');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

describe('The Outlook pane within its load budget', () => {
  test('When the pane page is served, then its JavaScript before Record stays under the limit, brotli and gzip', async () => {
    const boot = await paneBootScripts(web.origin, WEB_ROOT);

    expect(boot.brKb).toBeLessThanOrEqual(PANE_BOOT_LIMIT_KB);
    expect(boot.gzipKb).toBeLessThanOrEqual(PANE_BOOT_LIMIT_KB * 1.2);
    expect(PANE_BOOT_LIMIT_KB).toBeLessThanOrEqual(PANE_BOOT_GOAL_KB);
  });

  test('When Outlook loads Office.js and its host scripts, then they go precompressed like the pane', async () => {
    for (const path of ['office.js', 'o15apptofilemappingtable.js', 'outlook-web-16.01.js', 'en-us/outlook_strings.js'])
      for (const encoding of ['br', 'gzip']) {
        const res = await rawGet(`${web.origin}/office-js/${path}`, { 'accept-encoding': encoding });

        expect([path, res.status, res.headers['content-encoding']]).toEqual([path, 200, encoding]);
      }
  });

  test('When the pane page is served, then the views Record does not need and the sign-in library stay out of it', async () => {
    const boot = await paneBootScripts(web.origin, WEB_ROOT);
    const paths = boot.scripts.map((script) => script.path);
    const code = await Promise.all(paths.map(async (path) => (await rawGet(`${web.origin}${path}`)).body.toString()));

    for (const view of [
      'SettingsView',
      'PostponedView',
      'NewContactForm',
      'AutomaticRecordingSettings',
      'TimelineSection',
      // Shown only after a record, or when a postponed interaction is finished; outside Outlook only.
      'OutcomeBar',
      'ResumePanel',
      'outside-office',
      'OutsideHost',
      // The dark and high contrast themes: fetched when the host reports one.
      'host-themes',
      // Drawn as stand-ins of the same size until their code is there (issue 14, goal 4): the comboboxes and their
      // popup positioning, the view tabs, the avatars, the comment box; More details' lists when it is opened.
      'TemplateDropdown',
      'TimePickerControl',
      'ContactSearchControl',
      'MoreDetailsFields',
      'PaneTabList',
      'ContactAvatar',
      'CommentBox',
    ])
      expect(paths.filter((path) => path.includes(view))).toEqual([]);
    expect(code.filter((text) => text.includes('msal.js.browser'))).toEqual([]);
    // React's DOM renderer, by the address its errors point to: Preact renders in its place.
    expect(code.filter((text) => text.includes('react.dev/errors'))).toEqual([]);
    // The contact card's trend, by a name only its code has (issue 16: it loads after Record).
    expect(code.filter((text) => text.includes('contact-trend'))).toEqual([]);
    // The record outcome and the resume form, by the test ids only their code has.
    expect(code.filter((text) => text.includes('record-outcome') || text.includes('resume-contacts'))).toEqual([]);
    expect(paths.filter((path) => /strings-(cs|ru|fi)/.test(path))).toEqual([]);
    // Fluent's comboboxes, tabs, avatar, persona, accordion and textarea, by the class names only their code has.
    const fluentParts =
      /fui-(Combobox__listbox|Dropdown__listbox|TimePicker|Tab__content|Avatar__initials|Persona__|Accordion|Textarea)/;
    expect(code.flatMap((text) => text.match(fluentParts) ?? [])).toEqual([]);
  });

  test('When the pane opens an email, then it fetches each file once, Office.js its host table from the preload', async () => {
    const { context, page } = await newPageOn(browser, web.origin, { width: 360, height: 800 });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));

    await page.goto(`${web.origin}/preview.html?sample=inboundKnown&lang=en`);
    await page.getByRole('button', { name: 'Record for 1 contact' }).waitFor();
    const twice = fetched.filter((path, i) => fetched.indexOf(path) !== i && !path.startsWith('/api/'));
    await context.close();

    expect(fetched).toContain('/office-js/o15apptofilemappingtable.js');
    expect(twice).toEqual([]);
  });
});
