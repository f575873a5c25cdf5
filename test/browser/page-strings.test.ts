import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { resources } from '@interlog/i18n';
import { newPageOn } from '../support/browser';
import { browserSuite } from '../support/browser-suite';
import { paneReady, recordLabel, type Lang } from '../support/outlook-pane';

// A page fetches only its user's language: the strings of the other languages never leave the server.
jest.setTimeout(120_000);

const suite = browserSuite('page_strings');
const SHOTS = '/tmp/shots/a14pane';
mkdirSync(SHOTS, { recursive: true });

/** The string chunks (`strings-<lang>[-<area>]-<hash>.js`) the page has asked for, by language. */
function stringRequests(page: Page) {
  const files: string[] = [];
  page.on('request', (request) => {
    const file = /\/assets\/(strings-[^/]+)\.js$/.exec(request.url())?.[1];
    if (file) files.push(file);
  });
  return { languages: () => [...new Set(files.map((file) => file.split('-')[1]))].sort(), files };
}

async function openPreview(path: string, lang: Lang, width = 360) {
  const { context, page, errors } = await newPageOn(suite.browser, suite.web.origin, { width, height: 900 });
  const strings = stringRequests(page);
  await page.goto(`${suite.web.origin}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
  return { context, page, errors, strings };
}

describe('Strings of one language', () => {
  test('When the pane opens in Finnish, then only Finnish strings are fetched and no key shows', async () => {
    const { context, page, errors, strings } = await openPreview('/preview.html?sample=inboundKnown', 'fi');
    const pane = page.getByTestId('task-pane');
    await paneReady(pane);
    await pane.getByRole('button', { name: recordLabel('fi', 1) }).waitFor();
    await page.screenshot({ path: `${SHOTS}/pane-fi-360.png`, fullPage: true });

    expect(strings.languages()).toEqual(['fi']);
    expect(strings.files.some((file) => /^strings-fi-[\w-]{8}$/.test(file))).toBe(true);
    expect(await pane.innerText()).not.toMatch(/\b(form|people|common|settings|nav)\.[a-zA-Z]+/);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('When the user switches the language, then the new language is fetched and shown', async () => {
    const { context, page, errors, strings } = await openPreview('/preview.html?sample=inboundKnown', 'fi', 1100);
    const pane = page.getByTestId('task-pane');
    await paneReady(pane);

    await page.getByLabel(resources.fi.translation.preview.language).selectOption('ru');
    await pane.getByRole('button', { name: recordLabel('ru', 1) }).waitFor();
    await pane.getByRole('tab', { name: resources.ru.translation.settings.title }).waitFor();
    await page.screenshot({ path: `${SHOTS}/pane-fi-to-ru-1100.png`, fullPage: true });

    expect(strings.languages()).toEqual(['fi', 'ru']);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('When the Teams tab opens in Czech, then only Czech strings are fetched', async () => {
    const { context, page, errors, strings } = await openPreview('/teams/preview.html?page=tab', 'cs', 1280);
    const tab = page.getByTestId('marketing-tab');
    await tab.getByRole('tab', { name: resources.cs.translation.tab.nav.setup, exact: true }).waitFor();
    await page.screenshot({ path: `${SHOTS}/teams-tab-cs-1280.png` });

    expect(strings.languages()).toEqual(['cs']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
