import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { docx, docxText, DOCX_TYPE } from '../support/docx';
import { openTeamsPage } from '../support/teams-page';
import { startWebApp, type WebApp } from '../support/web-app';
import en from '../../addin/i18n/src/locales/segments/en.json';
import cs from '../../addin/i18n/src/locales/segments/cs.json';
import ru from '../../addin/i18n/src/locales/segments/ru.json';

jest.setTimeout(240_000);

const SHOTS = '/tmp/shots/a19b';
const strings = { en, cs, ru } as const;
const OWN = docx('Dear Ms Novak,', 'A letter written for you alone.');
let web: WebApp;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

async function send(method: string, path: string, body?: Buffer) {
  const res = await fetch(`${web.origin}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${web.api.token}`, 'content-type': DOCX_TYPE },
    body: body && new Uint8Array(body),
  });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [web, browser] = await Promise.all([startWebApp('teams_line_letter'), launchBrowser()]);
  expect(
    (await send('PUT', '/interaction-templates/COVERLETTER/word-template', docx('Dear {contactName}'))).status,
  ).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await web?.stop();
});

/** A hard-copy segment of Contoso's people with the COVERLETTER template, and its first line. */
async function letters(description: string) {
  const interaction = { templateCode: 'COVERLETTER', correspondenceType: 'hardCopy' };
  const segment = (await web.api.post('/segments', { description, interaction })).body;
  await web.api.post(`/segments/${segment.no}/add-contacts`, {
    filter: { emailDomain: 'contoso.example', type: 'person' },
  });
  const [line] = (await web.api.get(`/segments/${segment.no}/lines`)).body.items;
  return { no: segment.no as string, line: line as { lineNo: number; contactNo: string; contactName: string } };
}

async function openEditor(options: { width: number; lang: string; theme: string }, no: string, contactNo: string) {
  const tab = await openTeamsPage(browser, web.origin, { page: 'tab', ...options });
  await tab.root.getByRole('button', { name: no }).click();
  await tab.root.getByTestId(`segment-line-${contactNo}`).getByRole('button').first().click();
  return { tab, editor: tab.page.getByRole('dialog') };
}

async function chooseFile(page: Page, button: Locator, buffer: Buffer) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles({ name: 'Dopis Novak.docx', mimeType: DOCX_TYPE, buffer });
}

describe('Teams tab: a letter uploaded for one contact of a segment', () => {
  test('When a letter is uploaded in the line editor, then the line has it and the logged entry keeps it as its attachment', async () => {
    const { no, line } = await letters('Own letter');
    const { tab, editor } = await openEditor({ width: 1366, lang: 'en', theme: 'light' }, no, line.contactNo);
    await editor.getByText(en.lines.letter.merged).waitFor();

    await chooseFile(tab.page, editor.getByRole('button', { name: en.lines.letter.upload }), OWN);

    await editor.getByText(en.lines.letter.own).waitFor();
    await editor.getByRole('button', { name: en.lines.letter.remove }).waitFor();
    await editor.getByRole('button', { name: en.lines.letter.remove }).scrollIntoViewIfNeeded();
    await tab.shot(SHOTS, 'uploaded-1366-en-light');
    expect((await send('GET', `/segments/${no}/lines/${line.lineNo}/letter`)).bytes.equals(OWN)).toBe(true);
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await editor.waitFor({ state: 'hidden' });

    const logged = (await web.api.post(`/segments/${no}/log`, {})).body;
    const entries = (await web.api.get(`/interaction-log-entries?loggedSegmentEntryNo=${logged.loggedSegmentEntryNo}`))
      .body.items as { entryNo: number; contactNo: string }[];
    const own = entries.find((e) => e.contactNo === line.contactNo)!;
    const other = entries.find((e) => e.contactNo !== line.contactNo)!;
    expect((await send('GET', `/interaction-log-entries/${own.entryNo}/attachment`)).bytes.equals(OWN)).toBe(true);
    expect(docxText((await send('GET', `/interaction-log-entries/${other.entryNo}/attachment`)).bytes)).toContain(
      'Dear',
    );

    // The logged segment's letters list the uploaded one beside the merged document, to download.
    await tab.root.getByRole('tab', { name: 'Logged segments', exact: true }).click();
    const entryNo = logged.loggedSegmentEntryNo;
    await tab.root
      .getByTestId(`logged-segment-${entryNo}`)
      .getByRole('button', { name: `Actions for logged segment ${entryNo}` })
      .click();
    await tab.page.getByRole('menuitem', { name: 'Letters and emails…' }).click();
    const lettersDialog = tab.page.getByRole('dialog', { name: `Letters and emails of logged segment ${entryNo}` });
    await lettersDialog.getByText(`Uploaded for contact ${line.contactNo}`, { exact: false }).waitFor();
    await tab.shot(SHOTS, 'logged-letters-1366-en-light');
    const [file] = await Promise.all([
      tab.page.waitForEvent('download'),
      lettersDialog.getByRole('button', { name: 'Download Dopis Novak.docx' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('Dopis Novak.docx');
    expect(readFileSync((await file.path())!).equals(OWN)).toBe(true);
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  test.each([
    [360, 'ru', 'dark'],
    [360, 'cs', 'light'],
    [1366, 'cs', 'dark'],
  ] as const)(
    'When a line has its own letter (%i px, %s, %s), then the editor says so and Remove gives back the merged letter',
    async (width, lang, theme) => {
      const t = strings[lang].lines.letter;
      const { no, line } = await letters(`Letter ${width} ${lang} ${theme}`);
      expect((await send('PUT', `/segments/${no}/lines/${line.lineNo}/letter`, OWN)).status).toBe(200);
      const { tab, editor } = await openEditor({ width, lang, theme }, no, line.contactNo);
      await editor.getByText(t.own).scrollIntoViewIfNeeded();
      await tab.shot(SHOTS, `own-${width}-${lang}-${theme}`);

      await editor.getByRole('button', { name: t.remove }).click();

      await editor.getByText(t.merged).waitFor();
      await tab.shot(SHOTS, `removed-${width}-${lang}-${theme}`);
      expect((await send('GET', `/segments/${no}/lines/${line.lineNo}/letter`)).status).toBe(404);
      expect(tab.errors).toEqual([]);
      await tab.close();
    },
  );
});
